package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One convention in a list or an export.
 *
 * @param id the convention's id
 * @param title its title
 * @param reference its reference number
 * @param edition its edition (2 and more for renewals)
 * @param status its status
 * @param confidentiality who may read it
 * @param startsOn its first day
 * @param endsOn its last day
 * @param openEnded whether it has no end
 * @param tacitRenewal whether it renews itself
 * @param watchOn its end or last day to give notice
 * @param institutions the names of its institutions
 * @param partners the names of its partner organisations
 * @param pillars its pillars
 */
public record ConventionRow(long id, String title, String reference, int edition, ConventionStatus status,
		Confidentiality confidentiality, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, boolean openEnded,
		boolean tacitRenewal, @Nullable LocalDate watchOn, List<String> institutions, List<String> partners,
		List<Pillar> pillars) {

}
