package org.passerelle.event.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;

import org.passerelle.convention.Pillars;
import org.passerelle.event.Event;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.NameOrder;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;

/**
 * An event's page below the layout ({@code events/_page}): its sessions, programme,
 * organisers and what its reader may do (register, register employees, edit), rendered
 * once per event, language, what the reader may see and do (their role and organisation:
 * every permission on an event depends on these only) and minute (registration opens and
 * closes at a given time), and kept as HTML until anything is written: rendering it was
 * most of the page's cost (issue 13).
 */
@Component
class EventPages {

	/** How many pages are kept at once (about 10 to 30 KB each). */
	static final int KEPT = 256;

	private final Events events;

	private final EventPermissions permissions;

	private final Organisations organisations;

	private final Pillars pillars;

	private final Clock clock;

	private final KeptViews<Key, String> kept;

	EventPages(ThymeleafViewResolver views, Events events, EventPermissions permissions, Organisations organisations,
			Pillars pillars, Optional<Clock> clock) {
		this.events = events;
		this.permissions = permissions;
		this.organisations = organisations;
		this.pillars = pillars;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.kept = new KeptViews<>(views, "events/_page :: page", KEPT);
	}

	/**
	 * The event's title and page for this reader (anonymous if {@code null}).
	 * @throws org.passerelle.shared.NotFoundException when there is no such event, or the
	 * reader may not see it (a draft)
	 */
	Made<String, KeptHtml> of(long id, @Nullable PasserelleUser reader, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Instant minute = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Key key = new Key(id, (reader != null) ? reader.getRole() : null,
				(reader != null) ? reader.getOrganisationId() : null, minute);
		return this.kept.of(key, locale, request, response, () -> made(id, reader, locale));
	}

	private Made<String, Map<String, ?>> made(long id, @Nullable PasserelleUser reader, Locale locale) {
		Event event = this.events.find(id, reader);
		Instant now = this.clock.instant();
		Set<Long> people = new LinkedHashSet<>(event.getOrganiserIds());
		people.addAll(event.getPartnerIds());
		Map<Long, String> names = this.organisations.names(people);
		Map<String, @Nullable Object> model = new HashMap<>();
		model.put("event", event);
		model.put("organisers",
				event.getOrganiserIds().stream().map(names::get).sorted(NameOrder.by((String name) -> name)).toList());
		model.put("partners",
				event.getPartnerIds().stream().map(names::get).sorted(NameOrder.by((String name) -> name)).toList());
		model.put("pillars",
				this.pillars.all().stream().filter((p) -> event.getPillarIds().contains(p.getId())).toList());
		model.put("openSessions",
				event.getSessions()
					.stream()
					.filter((session) -> event.isRegistrationOpen(session, now))
					.map(Session::getId)
					.toList());
		model.put("registerEmployees", this.permissions.canRegisterEmployees(event, reader));
		model.put("registerParticipant", this.permissions.canRegisterAsParticipant(event, reader));
		model.put("canEdit", this.permissions.canEdit(event, reader));
		model.put("ownRegistrations", this.permissions.canSeeOwnRegistrations(event, reader));
		model.put("next", event.getStatus().next());
		return new Made<>(event.title(locale), model);
	}

	/** What the page depends on besides the language. */
	private record Key(long id, @Nullable Role role, @Nullable Long organisationId, Instant minute) {
	}

}
