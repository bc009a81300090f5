package org.passerelle.organisation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.passerelle.shared.PasserelleUser;

/**
 * Another module's part of an organisation's page: its conventions today, its events and
 * hosting later. The directory does not know those modules; they contribute beans of this
 * type, shown in {@link org.springframework.core.Ordered} order.
 */
public interface OrganisationActivity {

	/**
	 * What the reader may see of the organisation's activity in this module, or nothing
	 * when the reader may see none of it.
	 */
	Optional<Section> describe(long organisationId, @Nullable PasserelleUser reader);

	/**
	 * One part of the page.
	 *
	 * @param template the Thymeleaf template whose fragment {@code activity} renders the
	 * part, with {@code items} in its model
	 * @param items what the fragment shows
	 */
	record Section(String template, Object items) {

	}

}
