package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;

import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptRenderings;
import org.passerelle.thirdplace.Allocation;
import org.passerelle.thirdplace.Amenity;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SiteSetting;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.Space;

/**
 * The filters and the table of the list of sites ({@code sites/_listing}), rendered once
 * per filter and language and kept as HTML until a site, a space, an allocation or an
 * organisation is written (a minute at most): the table is the same for every reader, and
 * rendering its fifty sites with their amenities and free desks was most of the page's
 * cost (issue 13).
 */
@Component
class SiteListing {

	/** How many filters' renderings are kept at once (about 40 KB each). */
	static final int KEPT = 64;

	private final Sites sites;

	private final Organisations organisations;

	private final KeptRenderings<Filter> kept;

	SiteListing(ITemplateEngine templates, Sites sites, Organisations organisations) {
		this.sites = sites;
		this.organisations = organisations;
		this.kept = new KeptRenderings<>(templates, "sites/_listing", "listing", KEPT, Site.class, Space.class,
				Allocation.class, Organisation.class);
	}

	/** The listing's HTML for this filter in this language, as kept or rendered now. */
	KeptHtml of(Filter filter, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.kept.of(filter, locale, request, response, () -> variables(filter));
	}

	private Map<String, @Nullable Object> variables(Filter filter) {
		List<Site> all = this.sites.listed();
		Set<String> cities = all.stream().map(Site::getCity).collect(Collectors.toCollection(TreeSet::new));
		List<Site> shown = all.stream()
			.filter((site) -> filter.city() == null || site.getCity().equalsIgnoreCase(filter.city()))
			.filter((site) -> filter.setting() == null || site.getSetting() == filter.setting())
			.filter((site) -> filter.amenity() == null || site.getAmenities().contains(filter.amenity()))
			.toList();
		Map<String, @Nullable Object> variables = new HashMap<>();
		variables.put("sites", shown);
		variables.put("desks", this.sites.desks(filter.from(), filter.to()));
		variables.put("institutions",
				this.organisations.names(all.stream().map(Site::getInstitutionId).distinct().toList()));
		variables.put("cities", cities);
		variables.put("city", filter.city());
		variables.put("setting", filter.setting());
		variables.put("amenity", filter.amenity());
		variables.put("from", filter.from());
		variables.put("to", filter.to());
		variables.put("settings", SiteSetting.values());
		variables.put("amenities", Amenity.values());
		return variables;
	}

	/**
	 * What the list shows: a city (as typed, without its spaces around), a setting, an
	 * amenity, the period of the free desks.
	 */
	record Filter(@Nullable String city, @Nullable SiteSetting setting, @Nullable Amenity amenity, LocalDate from,
			LocalDate to) {
	}

}
