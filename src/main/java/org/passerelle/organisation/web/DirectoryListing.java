package org.passerelle.organisation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.SectorOrder;
import org.passerelle.organisation.SizeClass;
import org.passerelle.shared.web.Choice;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptRenderings;
import org.passerelle.shared.web.PageLinks;

/**
 * The directory's filters, the organisations found and the links to the other pages
 * ({@code organisations/_listing}), rendered once per query, language and whether the
 * reader manages the directory (who may include deactivated organisations), and kept as
 * HTML until an organisation is written (a minute at most): they are the same for every
 * such reader, and rendering them was most of the page's cost (issue 13).
 */
@Component
class DirectoryListing {

	/** How many renderings are kept at once (about 25 KB each). */
	static final int KEPT = 64;

	private final OrganisationDirectory directory;

	private final SectorOrder sectors;

	private final KeptRenderings<Key> kept;

	DirectoryListing(ITemplateEngine templates, OrganisationDirectory directory, SectorOrder sectors) {
		this.directory = directory;
		this.sectors = sectors;
		this.kept = new KeptRenderings<>(templates, "organisations/_listing", "listing", KEPT, Organisation.class);
	}

	/**
	 * The listing's HTML for this request's filter and page (its number, size and sort
	 * already checked), as kept or rendered now.
	 */
	KeptHtml of(DirectoryFilter filter, Pageable pageable, boolean manages, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return this.kept.of(new Key(KeptRenderings.parameters(request), manages), locale, request, response,
				() -> variables(filter, pageable, manages, locale));
	}

	private Map<String, @Nullable Object> variables(DirectoryFilter filter, Pageable pageable, boolean manages,
			Locale locale) {
		Page<Organisation> organisations = this.directory.search(filter.toSearch(manages), pageable);
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put("filter", filter);
		variables.put("manages", manages);
		variables.put("page", organisations);
		variables.put("sortColumns", new SortColumns(pageable.getSort()));
		variables.put("filtered", !filter.isEmpty());
		variables.put("groups", OrganisationSearch.Group.values());
		variables.put("kinds", OrganisationKind.values());
		variables.put("sizes", SizeClass.values());
		variables.put("sectors", this.sectors.in(locale));
		variables.put("regions", Region.values());
		variables.put("pageLinks", new PageLinks());
		variables.put("clusterChoices",
				Choice.of(this.directory.clusters(), Organisation::getId, Organisation::getName));
		return variables;
	}

	/** What the listing depends on besides the language. */
	private record Key(Map<String, List<String>> parameters, boolean manages) {
	}

}
