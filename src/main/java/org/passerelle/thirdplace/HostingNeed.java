package org.passerelle.thirdplace;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation asks for: where (a site, or null for any), desks or an office for
 * how many people, from a day to a day (null: open-ended), why, whom to contact and the
 * convention it comes under, if any.
 */
public record HostingNeed(@Nullable Long siteId, HostingKind kind, int people, LocalDate startsOn,
		@Nullable LocalDate endsOn, String purpose, String contactName, String contactEmail,
		@Nullable Long conventionId) {

}
