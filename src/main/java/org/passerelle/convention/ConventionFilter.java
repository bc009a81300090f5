package org.passerelle.convention;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the convention list is filtered on; every criterion is optional.
 *
 * @param q words searched in the title, reference and summary
 * @param pillar a pillar the convention has
 * @param status its status
 * @param partners partner organisations one of which is party to it
 * @param institutions institutions one of which is party to it
 * @param year a year during which it is in force
 * @param endingSoon only conventions whose end, or last day to give notice, is near
 */
public record ConventionFilter(@Nullable String q, @Nullable Long pillar, @Nullable ConventionStatus status,
		@Nullable Set<Long> partners, @Nullable Set<Long> institutions, @Nullable Integer year, boolean endingSoon) {

	public static ConventionFilter none() {
		return new ConventionFilter(null, null, null, null, null, null, false);
	}

}
