package org.passerelle.event.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import org.passerelle.convention.Pillars;
import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventFilter;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.Events;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.SectorOrder;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.Choice;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptRenderings;
import org.passerelle.shared.web.KeptViews;
import org.passerelle.shared.web.PageLinks;

/**
 * The list of events below the layout ({@code events/_listing}): its filters, the events
 * found and the links to the other pages, rendered once per query, language, what the
 * reader may see and do (their role and organisation: the drafts they find and whether
 * they create events depend on these only) and day, and kept as HTML until anything is
 * written (a minute at most): rendering its twenty cards and seven filters was most of
 * the page's cost for a signed-in reader (issue 13; visitors get whole pages kept by
 * {@link org.passerelle.shared.web.AnonymousPages}).
 */
@Component
class EventListing {

	/** How many renderings are kept at once (about 30 KB each). */
	static final int KEPT = 128;

	private static final PageLinks PAGE_LINKS = new PageLinks();

	private final Events events;

	private final EventPermissions permissions;

	private final Organisations organisations;

	private final Pillars pillars;

	private final SectorOrder sectors;

	private final KeptViews<Key, Void> kept;

	EventListing(ThymeleafViewResolver views, Events events, EventPermissions permissions, Organisations organisations,
			Pillars pillars, SectorOrder sectors) {
		this.events = events;
		this.sectors = sectors;
		this.permissions = permissions;
		this.organisations = organisations;
		this.pillars = pillars;
		this.kept = new KeptViews<>(views, "events/_listing :: listing", KEPT);
	}

	/** The listing's HTML for this request's filter and page, as kept or rendered now. */
	KeptHtml of(EventFilter filter, Pageable pageable, @Nullable PasserelleUser reader, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(KeptRenderings.parameters(request), (reader != null) ? reader.getRole() : null,
				(reader != null) ? reader.getOrganisationId() : null, this.events.today());
		return this.kept.part(key, locale, request, response, () -> model(filter, pageable, reader, locale));
	}

	private Map<String, ?> model(EventFilter filter, Pageable pageable, @Nullable PasserelleUser reader,
			Locale locale) {
		Page<Event> page = this.events.search(filter, pageable, reader);
		Set<Long> organisers = new LinkedHashSet<>();
		page.forEach((event) -> organisers.addAll(event.getOrganiserIds()));
		Map<String, @Nullable Object> model = new HashMap<>();
		model.put("page", page);
		model.put("filter", filter);
		model.put("names", this.organisations.names(organisers));
		model.put("kinds", EventKind.values());
		model.put("audiences", Audience.values());
		model.put("sectors", this.sectors.in(locale));
		model.put("pillars", this.pillars.all());
		model.put("labels", this.events.labels());
		model.put("cities", this.events.cities());
		model.put("organiserChoices",
				Choice.of(this.organisations.institutions(), Organisation::getId, Organisation::getName));
		model.put("canCreate", this.permissions.canCreate(reader));
		model.put("pageLinks", PAGE_LINKS);
		return model;
	}

	/** What the listing depends on besides the language. */
	private record Key(Map<String, List<String>> parameters, @Nullable Role role, @Nullable Long organisationId,
			LocalDate today) {
	}

}
