package org.passerelle.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a form's organisation picker shows, never the whole directory: the organisations
 * chosen, and, after a search, the active ones found (at most {@link #FOUND_SHOWN}), both
 * in French order.
 *
 * @param chosen the organisations chosen
 * @param found those the search found, not chosen yet; {@code null} before a search
 * @param query the search typed
 */
public record OrganisationPicker(List<Organisation> chosen, @Nullable List<Organisation> found,
		@Nullable String query) {

	/** How many organisations a search shows at most. */
	public static final int FOUND_SHOWN = 20;

}
