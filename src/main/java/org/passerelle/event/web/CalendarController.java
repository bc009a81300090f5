package org.passerelle.event.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventFilter;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventStatus;
import org.passerelle.event.Events;
import org.passerelle.shared.PasserelleUser;

/**
 * The events as iCalendar files: one event's sessions ("add to my calendar"), and the
 * feed of published events that calendars subscribe to, narrowed by the same URL
 * parameters as the list. The feed is the same for everyone: drafts are never in it; an
 * event's own file follows {@code EventPermissions} (a draft's only for who may see the
 * draft).
 */
@Controller
class CalendarController {

	/** At most this many events in the feed, the soonest first. */
	static final int FEED_SIZE = 500;

	private final Events events;

	private final EventCalendar calendar;

	private final MessageSource messages;

	CalendarController(Events events, EventCalendar calendar, MessageSource messages) {
		this.events = events;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/events/{id}.ics")
	void event(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		Event event = this.events.find(id, user);
		write(List.of(event), event.title(locale), "event-" + id + ".ics", locale, response);
	}

	@GetMapping("/events.ics")
	void feed(@RequestParam(defaultValue = "false") boolean past, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String label, @RequestParam(required = false) Long organiser,
			@RequestParam(required = false) String month, @RequestParam(required = false) String city,
			@RequestParam(required = false) String audience, Locale locale, HttpServletResponse response)
			throws IOException {
		EventFilter filter = new EventFilter(past, text(q), EventController.parse(EventKind.class, kind), pillar,
				text(label), organiser, month(month), text(city), EventController.parse(Audience.class, audience));
		// read as an anonymous visitor: published, cancelled and past events, never a
		// draft
		List<Event> found = this.events.search(filter, PageRequest.of(0, FEED_SIZE), null)
			.stream()
			.filter((event) -> event.getStatus() != EventStatus.DRAFT)
			.toList();
		write(found, this.messages.getMessage("event.calendar.feedName", null, locale), "events.ics", locale, response);
	}

	private void write(Collection<Event> found, String name, String fileName, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/calendar;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		// the outputter flushes and closes the writer
		this.calendar.write(found, name, base, locale,
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	private static @Nullable String text(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	private static @Nullable YearMonth month(@Nullable String value) {
		try {
			return StringUtils.hasText(value) ? YearMonth.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
