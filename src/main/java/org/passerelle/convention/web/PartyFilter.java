package org.passerelle.convention.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Organisations;

/**
 * The institution or partner filter of the conventions list: words typed in its search
 * field ({@code institutionName}, {@code partnerName}), found as the directory finds
 * them, or one organisation's id ({@code institution}, {@code partner}: older links and
 * the organisation page's). A search field rather than a list of every party of every
 * convention, which on a university's data ran to thousands of choices.
 *
 * @param id the organisation asked for by id, if any
 * @param typed the words typed, if any (they win over an id)
 * @param shown what the search field shows: the words, or the name of the organisation
 * asked for
 * @param organisations the organisations one of which must be party to the convention, or
 * {@code null} not to filter
 * @param tooVague whether the words matched more than {@link #MATCHES} organisations (the
 * filter then does not apply)
 */
record PartyFilter(@Nullable Long id, @Nullable String typed, String shown, @Nullable Set<Long> organisations,
		boolean tooVague) {

	/** Most organisations a typed filter may match. */
	static final int MATCHES = 500;

	static PartyFilter of(@Nullable Long id, @Nullable String typed, OrganisationSearch.Group group,
			Organisations directory) {
		if (StringUtils.hasText(typed)) {
			String words = typed.strip();
			List<Long> found = directory.idsMatching(words, group, MATCHES + 1);
			boolean tooVague = found.size() > MATCHES;
			return new PartyFilter(null, words, words, tooVague ? null : new HashSet<>(found), tooVague);
		}
		if (id != null) {
			String name = directory.find(id).map(Organisation::getName).orElse("");
			return new PartyFilter(id, null, name, Set.of(id), false);
		}
		return new PartyFilter(null, null, "", null, false);
	}

	boolean isSet() {
		return this.organisations != null;
	}

}
