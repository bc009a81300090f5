package org.passerelle.convention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A convention's end, or its last day to give notice under tacit renewal, is near: the
 * owning office should decide whether to renew, renegotiate or let it end. Published once
 * per such date by the renewal watch.
 *
 * @param conventionId the convention
 * @param title its title
 * @param reference its reference number
 * @param ownerOrganisationId the institution whose office owns it
 * @param watchOn the date that is near
 * @param endsOn its end date
 * @param tacitRenewal whether {@code watchOn} is the last day to give notice
 */
public record ConventionEndingSoon(long conventionId, String title, String reference, long ownerOrganisationId,
		LocalDate watchOn, @Nullable LocalDate endsOn, boolean tacitRenewal) {

}
