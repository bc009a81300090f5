package org.passerelle.stand;

import java.time.LocalDate;
import java.util.List;

/**
 * Staff accepted a stand (for a shared stand: approved the sharing and the lead's
 * delegation) and gave it a number at each session.
 *
 * @param standId the stand
 * @param eventId its event
 * @param eventTitleFr the event's title in French (or English when there is none)
 * @param eventTitleEn the event's title in English (or French when there is none)
 * @param typeNameFr the stand type in French
 * @param typeNameEn the stand type in English
 * @param places the stand's number at each session
 * @param payers the companies on the stand, whom to write to and what each pays
 * @param actor who accepted it
 */
public record StandAccepted(long standId, long eventId, String eventTitleFr, String eventTitleEn, String typeNameFr,
		String typeNameEn, List<Place> places, List<Payer> payers, String actor) {

	/** The stand's number at a session. */
	public record Place(LocalDate day, String city, String venue, String number) {

	}

	/** A company on the stand: whom to write to and what it pays. */
	public record Payer(long organisationId, String contactName, String contactEmail, Money amount) {

	}

}
