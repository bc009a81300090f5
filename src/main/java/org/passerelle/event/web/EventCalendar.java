package org.passerelle.event.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import org.passerelle.event.Event;
import org.passerelle.event.EventFilter;
import org.passerelle.event.Session;

/**
 * Events as an iCalendar file (RFC 5545), built with ical4j: the Europe/Paris time zone
 * once, one VEVENT per session (UID {@code session-<id>@passerelle}, stable for as long
 * as the session lives) and one for the close of registrations
 * ({@code registration-closes-<event id>@passerelle}), in the reader's language. A
 * cancelled event's entries say {@code STATUS:CANCELLED}, so that calendars that
 * subscribed strike them out; a draft's (for those who may see it) are tentative.
 */
@Component("eventCalendar")
class EventCalendar {

	private static final String PRODUCT = "-//Passerelle//Events//FR";

	private final MessageSource messages;

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	EventCalendar(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Writes the calendar of the given events.
	 * @param name the calendar's name, as calendars show it
	 * @param base the portal's address, for each event's link
	 */
	void write(Collection<Event> events, String name, String base, Locale locale, Writer out) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", Session.PARIS.getId()));
		VTimeZone paris = this.zones.getTimeZone(Session.PARIS.getId()).getVTimeZone();
		calendar.add(paris);
		events.forEach((event) -> {
			URI page = URI.create(base + "/events/" + event.getId());
			event.getSessions().forEach((session) -> calendar.add(session(event, session, page, locale)));
			if (event.getRegistrationClosesAt() != null) {
				calendar.add(registrationCloses(event, page, locale));
			}
		});
		try {
			// not validated again on each request: ical4j's validation was more than half
			// of
			// a feed's time (JFR, issue 13); the tests read every file back with another
			// parser (CalendarTests)
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private VEvent session(Event event, Session session, URI page, Locale locale) {
		VEvent entry = new VEvent(session.start(), session.end(), event.title(locale));
		entry.add(new Uid("session-" + session.getId() + "@passerelle"));
		entry.add(new Location(session.getVenue() + ", " + session.getCity()));
		String description = event.description(locale);
		entry.add(new Description(
				(description == null || description.isBlank()) ? page.toString() : description + "\n\n" + page));
		entry.add(new Url(page));
		Instant changed = latest(event.getUpdatedAt(), session.getUpdatedAt());
		entry.replace(new DtStamp(changed));
		entry.add(new LastModified(changed));
		entry.add(new Sequence((int) (event.getVersion() + session.getVersion())));
		entry.add(status(event));
		return entry;
	}

	private VEvent registrationCloses(Event event, URI page, Locale locale) {
		Instant closes = Objects.requireNonNull(event.getRegistrationClosesAt());
		VEvent entry = new VEvent(closes.atZone(Session.PARIS), this.messages
			.getMessage("event.calendar.registrationCloses", new Object[] { event.title(locale) }, locale));
		entry.add(new Uid("registration-closes-" + event.getId() + "@passerelle"));
		entry.add(new Description(page.toString()));
		entry.add(new Url(page));
		Instant changed = latest(event.getUpdatedAt());
		entry.replace(new DtStamp(changed));
		entry.add(new LastModified(changed));
		entry.add(new Sequence((int) event.getVersion()));
		entry.add(ImmutableTransp.TRANSPARENT);
		entry.add(status(event));
		return entry;
	}

	/**
	 * The feed's path for the list's filter, with the filter's parameters alone (the list
	 * page's link, {@code @eventCalendar.feedPath(filter)}).
	 */
	public String feedPath(EventFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/events.ics");
		if (filter.past()) {
			uri.queryParam("past", true);
		}
		add(uri, "q", filter.q());
		add(uri, "kind", filter.kind());
		add(uri, "pillar", filter.pillar());
		add(uri, "label", filter.label());
		add(uri, "organiser", filter.organiser());
		add(uri, "month", filter.month());
		add(uri, "city", filter.city());
		add(uri, "audience", filter.audience());
		add(uri, "sector", filter.sector());
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static Status status(Event event) {
		return switch (event.getStatus()) {
			case DRAFT -> ImmutableStatus.VEVENT_TENTATIVE;
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
			case PUBLISHED, DONE -> ImmutableStatus.VEVENT_CONFIRMED;
		};
	}

	private static Instant latest(Instant... instants) {
		return Stream.of(instants).filter(Objects::nonNull).max(Instant::compareTo).orElse(Instant.EPOCH);
	}

}
