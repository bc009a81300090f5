package org.passerelle.convention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A partner was granted hosting in a third place under a convention: published by the
 * third-places module when it approves a request linked to a convention, recorded in the
 * convention's history. The convention module knows nothing of third places; they know
 * this record.
 *
 * @param conventionId the convention
 * @param organisationId the organisation hosted
 * @param siteName where
 * @param startsOn the first day
 * @param endsOn the last day, or null when open-ended
 * @param actor who approved it
 */
public record HostingUnderConvention(long conventionId, long organisationId, String siteName, LocalDate startsOn,
		@Nullable LocalDate endsOn, String actor) {

}
