package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import org.passerelle.convention.ConventionFilter;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.Pillars;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptRenderings;
import org.passerelle.shared.web.PageLinks;

/**
 * The filters, the conventions found and the links to the other pages of the list of
 * conventions ({@code conventions/_listing}), rendered once per query, language, what the
 * reader may see (their role and organisation, as {@link Conventions#search} keeps its
 * pages) and day, and kept as HTML until anything is written (a minute at most):
 * rendering them was most of the page's cost (issue 13).
 */
@Component
class ConventionListing {

	/** How many renderings are kept at once (about 30 KB each). */
	static final int KEPT = 64;

	private final Conventions conventions;

	private final Pillars pillars;

	private final KeptRenderings<Key> kept;

	ConventionListing(ITemplateEngine templates, Conventions conventions, Pillars pillars) {
		this.conventions = conventions;
		this.pillars = pillars;
		this.kept = new KeptRenderings<>(templates, "conventions/_listing", "listing", KEPT);
	}

	/** The listing's HTML for this request's filter and page, as kept or rendered now. */
	KeptHtml of(ConventionFilter filter, PartyFilter partners, PartyFilter institutions, Pageable pageable,
			PasserelleUser reader, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = this.conventions.today();
		Key key = new Key(KeptRenderings.parameters(request), reader.getRole(), reader.getOrganisationId(), today);
		return this.kept.of(key, locale, request, response,
				() -> variables(filter, partners, institutions, pageable, reader, today));
	}

	private Map<String, @Nullable Object> variables(ConventionFilter filter, PartyFilter partners,
			PartyFilter institutions, Pageable pageable, PasserelleUser reader, LocalDate today) {
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put("page", this.conventions.search(filter, pageable, reader));
		variables.put("filter", filter);
		variables.put("partnerFilter", partners);
		variables.put("institutionFilter", institutions);
		variables.put("filtered", filter.q() != null || filter.pillar() != null || filter.status() != null
				|| partners.isSet() || institutions.isSet() || filter.year() != null || filter.endingSoon());
		variables.put("pillars", this.pillars.all());
		variables.put("statuses", ConventionStatus.values());
		variables.put("partyMatches", PartyFilter.MATCHES);
		int thisYear = today.getYear();
		variables.put("years",
				IntStream.rangeClosed(thisYear - 10, thisYear + 5).map((y) -> 2 * thisYear - 5 - y).boxed().toList());
		variables.put("today", today);
		variables.put("watchHorizon", this.conventions.watchHorizon());
		variables.put("pageLinks", new PageLinks());
		return variables;
	}

	/** What the listing depends on besides the language. */
	private record Key(Map<String, List<String>> parameters, Role role, @Nullable Long organisationId,
			LocalDate today) {
	}

}
