package org.passerelle.convention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When a convention was signed, runs and ends, and how it renews.
 *
 * @param signedOn the date of signature
 * @param startsOn the first day it applies
 * @param endsOn the last day it applies, unless open-ended
 * @param openEnded whether it has no end date
 * @param tacitRenewal whether it renews itself unless a party gives notice
 * @param noticeMonths how many months before the end notice must be given
 */
public record ConventionDates(@Nullable LocalDate signedOn, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		boolean openEnded, boolean tacitRenewal, @Nullable Integer noticeMonths) {

}
