package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A convention as an organisation's page shows it.
 *
 * @param id the convention's id, for {@code /conventions/{id}}
 * @param title its title
 * @param status its status ({@link ConventionStatus#messageKey()} gives its label)
 * @param pillarNamesFr its pillars' French names
 * @param pillarNamesEn its pillars' English names
 * @param endsOn its last day, if any
 */
public record ConventionSummary(long id, String title, ConventionStatus status, List<String> pillarNamesFr,
		List<String> pillarNamesEn, @Nullable LocalDate endsOn) {

}
