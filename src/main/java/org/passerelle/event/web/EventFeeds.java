package org.passerelle.event.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

import org.passerelle.event.Event;
import org.passerelle.event.EventChanges;
import org.passerelle.event.EventFilter;
import org.passerelle.event.EventStatus;
import org.passerelle.event.Events;
import org.passerelle.event.Session;

/**
 * The events feed ({@code /events.ics}), rendered once and kept until an event or a
 * session changes (seen through {@link EventChanges}) or, at most, {@link #MAX_AGE} (for
 * the changes that other instances of the portal make): a feed of 500 events takes ical4j
 * about a second to write, and calendars ask for it again and again. Each feed is kept
 * for its filter, language and address; while one is being rendered, readers of the same
 * feed wait for it instead of rendering it too.
 */
@Component
class EventFeeds {

	/** At most this many events in a feed, the soonest first. */
	static final int SIZE = 500;

	/** How long a feed is kept at most. */
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** How many different feeds are kept (filters, languages). */
	private static final int KEPT = 100;

	private final Events events;

	private final EventCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	private final Map<Key, FutureTask<Feed>> feeds = new ConcurrentHashMap<>();

	EventFeeds(Events events, EventCalendar calendar, MessageSource messages, Optional<Clock> clock) {
		this.events = events;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** The feed of published (and cancelled, and past) events that match the filter. */
	Feed feed(EventFilter filter, Locale locale, String base) {
		Key key = new Key(filter, locale, base);
		FutureTask<Feed> kept = this.feeds.get(key);
		if (kept != null) {
			if (!kept.isDone()) {
				return await(kept);
			}
			Feed feed = await(kept);
			if (feed.changes() == EventChanges.count()
					&& feed.renderedAt().plus(MAX_AGE).isAfter(this.clock.instant())) {
				return feed;
			}
		}
		long changes = EventChanges.count();
		FutureTask<Feed> rendering = new FutureTask<>(() -> render(filter, locale, base, changes));
		FutureTask<Feed> chosen = this.feeds.compute(key, (k, now) -> (now == kept) ? rendering : now);
		if (chosen == rendering) {
			if (this.feeds.size() > KEPT) {
				this.feeds.keySet().removeIf((other) -> !other.equals(key));
			}
			rendering.run();
		}
		return await(chosen);
	}

	private Feed render(EventFilter filter, Locale locale, String base, long changes) {
		// read as an anonymous visitor: published, cancelled and past events, never a
		// draft
		List<Event> found = this.events.search(filter, PageRequest.of(0, SIZE), null)
			.stream()
			.filter((event) -> event.getStatus() != EventStatus.DRAFT)
			.toList();
		ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
		this.calendar.write(found, this.messages.getMessage("event.calendar.feedName", null, locale), base, locale,
				new OutputStreamWriter(body, StandardCharsets.UTF_8));
		byte[] bytes = body.toByteArray();
		Instant lastModified = found.stream()
			.flatMap((event) -> Stream.concat(Stream.of(event.getUpdatedAt()),
					event.getSessions().stream().map(Session::getUpdatedAt)))
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		return new Feed(bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"", lastModified, changes,
				this.clock.instant());
	}

	private Feed await(FutureTask<Feed> task) {
		try {
			return task.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			// not kept: the next reader renders it again
			this.feeds.values().remove(task);
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private record Key(EventFilter filter, Locale locale, String base) {
	}

	/**
	 * A rendered feed.
	 *
	 * @param body the iCalendar file, in UTF-8
	 * @param etag its entity tag (a digest of the body)
	 * @param lastModified the latest change of its events and sessions
	 * @param changes {@link EventChanges#count()} before it was rendered
	 * @param renderedAt when it was rendered
	 */
	record Feed(byte[] body, String etag, Instant lastModified, long changes, Instant renderedAt) {
	}

}
