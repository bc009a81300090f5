package org.passerelle.event.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationStatus;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;

/**
 * A session's registrations ({@code events/_registrations}): those holding a place, the
 * waiting list and those cancelled, rendered once per session, language and what the
 * reader may see (their role and organisation: who may read an event's registrations
 * depends on these only), and kept as HTML until anything is written (a minute at most):
 * rendering them was most of the page's cost (issue 13).
 */
@Component
class SessionRegistrations {

	/** How many lists are kept at once (about 10 to 100 KB each). */
	static final int KEPT = 128;

	private final Events events;

	private final Organisations organisations;

	private final KeptViews<Key, String> kept;

	SessionRegistrations(ThymeleafViewResolver views, Events events, Organisations organisations) {
		this.events = events;
		this.organisations = organisations;
		this.kept = new KeptViews<>(views, "events/_registrations :: registrations", KEPT);
	}

	/**
	 * The event's title and the session's registrations for this reader.
	 * @throws org.passerelle.shared.NotFoundException when there is no such event or
	 * session, or the reader may not see the event
	 * @throws org.springframework.security.access.AccessDeniedException when the reader
	 * may not read its registrations
	 */
	Made<String, KeptHtml> of(long eventId, long sessionId, PasserelleUser reader, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(eventId, sessionId, reader.getRole(), reader.getOrganisationId());
		return this.kept.of(key, locale, request, response, () -> {
			Event event = this.events.find(eventId, reader);
			List<Registration> all = this.events.registrationsOf(event, sessionId, reader);
			Map<String, @Nullable Object> model = new HashMap<>();
			model.put("event", event);
			model.put("eventSession", SessionController.session(event, sessionId));
			model.put("holding", all.stream().filter((r) -> r.getStatus().holdsPlace()).toList());
			model.put("waiting", all.stream().filter((r) -> r.getStatus() == RegistrationStatus.WAITLISTED).toList());
			model.put("ended", all.stream().filter((r) -> !r.getStatus().isLive()).toList());
			model.put("organisationNames", companyNames(all));
			return new Made<>(event.title(locale), model);
		});
	}

	/** The names of the companies the registrations came from, by id. */
	Map<Long, String> companyNames(List<Registration> registrations) {
		return this.organisations.names(registrations.stream()
			.map(Registration::getOrganisationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
	}

	/** What the list depends on besides the language. */
	private record Key(long eventId, long sessionId, Role role, @Nullable Long organisationId) {
	}

}
