package org.passerelle.event.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.organisation.OrganisationActivity;
import org.passerelle.shared.PasserelleUser;

/**
 * The events an organisation took part in (organised, partnered, or sent employees to),
 * on its page, as far as the reader may see them; nothing when there are none.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class EventsOnOrganisationPage implements OrganisationActivity {

	private final Events events;

	EventsOnOrganisationPage(Events events) {
		this.events = events;
	}

	@Override
	public Optional<Section> describe(long organisationId, @Nullable PasserelleUser reader) {
		List<Event> tookPart = this.events.tookPartIn(organisationId, reader);
		return tookPart.isEmpty() ? Optional.empty() : Optional.of(new Section("events/_on-organisation", tookPart));
	}

}
