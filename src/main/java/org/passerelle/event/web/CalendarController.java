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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventFilter;
import org.passerelle.event.EventKind;
import org.passerelle.event.Events;
import org.passerelle.organisation.Sector;
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

	private static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";

	private final Events events;

	private final EventCalendar calendar;

	private final EventFeeds feeds;

	private final MessageSource messages;

	CalendarController(Events events, EventCalendar calendar, EventFeeds feeds, MessageSource messages) {
		this.events = events;
		this.calendar = calendar;
		this.feeds = feeds;
		this.messages = messages;
	}

	@GetMapping("/events/{id}.ics")
	void event(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		Event event = this.events.find(id, user);
		write(List.of(event), event.title(locale), "event-" + id + ".ics", locale, response);
	}

	/**
	 * The feed: rendered once per change of the events ({@link EventFeeds}), with an
	 * entity tag and a last-modified date, so that a calendar that asks again for a feed
	 * it has gets "304 Not Modified" and no body; gzipped once for the calendars that
	 * accept it (some 4 % of the bytes).
	 */
	@GetMapping("/events.ics")
	void feed(@RequestParam(defaultValue = "false") boolean past, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String label, @RequestParam(required = false) Long organiser,
			@RequestParam(required = false) String month, @RequestParam(required = false) String city,
			@RequestParam(required = false) String audience, @RequestParam(required = false) String sector,
			Locale locale, ServletWebRequest request, HttpServletResponse response) throws IOException {
		EventFilter filter = new EventFilter(past, text(q), EventController.parse(EventKind.class, kind), pillar,
				text(label), organiser, month(month), text(city), EventController.parse(Audience.class, audience),
				EventController.parse(Sector.class, sector));
		EventFeeds.Feed feed = this.feeds.feed(filter, locale, base());
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		// the same for everyone, in the language asked for, gzipped for who accepts it;
		// kept by calendars and browsers if they ask again with its tag (instead of
		// Spring Security's "no-store")
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (request.checkNotModified(gzip ? feed.gzippedEtag() : feed.etag(), feed.lastModified().toEpochMilli())) {
			return;
		}
		byte[] body = gzip ? feed.gzipped() : feed.body();
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("events.ics"));
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Whether the client accepts gzip: named in its {@code Accept-Encoding} with a weight
	 * above zero (a bare {@code *} is not taken for it).
	 */
	static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : StringUtils.commaDelimitedListToStringArray(acceptEncoding)) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
				return weight(parts) > 0;
			}
		}
		return false;
	}

	private static double weight(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].trim();
			if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
				try {
					return Double.parseDouble(parameter.substring(2).trim());
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

	/**
	 * A feed never rendered before that takes longer than the wait: "come back in a few
	 * seconds", which calendar applications understand, instead of holding the request.
	 */
	@ExceptionHandler(EventFeeds.FeedNotReadyException.class)
	ResponseEntity<String> notReady(EventFeeds.FeedNotReadyException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(this.messages.getMessage("event.calendar.notReady", null, locale));
	}

	private void write(Collection<Event> found, String name, String fileName, Locale locale,
			HttpServletResponse response) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
		// the outputter flushes and closes the writer
		this.calendar.write(found, name, base(), locale,
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
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
