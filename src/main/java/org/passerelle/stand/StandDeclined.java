package org.passerelle.stand;

import java.util.List;

/**
 * Staff declined a stand, saying why.
 *
 * @param standId the stand
 * @param eventId its event
 * @param eventTitleFr the event's title in French (or English when there is none)
 * @param eventTitleEn the event's title in English (or French when there is none)
 * @param reason why, as staff wrote it
 * @param recipients the companies that had joined the stand
 */
public record StandDeclined(long standId, long eventId, String eventTitleFr, String eventTitleEn, String reason,
		List<StandAccepted.Payer> recipients) {

}
