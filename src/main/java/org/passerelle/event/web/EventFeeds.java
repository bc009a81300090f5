package org.passerelle.event.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
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
 * session changes (seen through {@link EventChanges}) or, at most,
 * {@link EventFeedSettings#maxAge()} (for the changes that other instances of the portal
 * make): a feed of 500 events takes ical4j about a second to write, and calendars ask for
 * it again and again.
 * <p>
 * Each feed is kept for its filter, language and address. Feeds are rendered on this
 * class's own few threads, never on the request's: a reader of a feed that changed gets
 * the previous copy at once while the new one is rendered (calendars poll; a copy a
 * second old is what they would have got a second earlier), and a reader of a feed never
 * rendered waits at most {@link EventFeedSettings#firstWait()}, then is told to come back
 * ({@link FeedNotReadyException}). So a slow database or a burst of new filters never
 * holds the portal's request threads. At most {@link EventFeedSettings#kept()} feeds and
 * {@link EventFeedSettings#keptSize()} bytes are kept; the least recently read go first.
 */
@Component
class EventFeeds implements DisposableBean {

	private static final Log logger = LogFactory.getLog(EventFeeds.class);

	/** At most this many events in a feed, the soonest first. */
	static final int SIZE = 500;

	private final Renderer renderer;

	private final EventFeedSettings settings;

	private final Clock clock;

	private final LongSupplier changes;

	private final ThreadPoolExecutor rendering;

	private final Map<Key, Kept> feeds = new ConcurrentHashMap<>();

	@Autowired
	EventFeeds(Events events, EventCalendar calendar, MessageSource messages, Optional<Clock> clock,
			EventFeedSettings settings) {
		this(new CalendarRenderer(events, calendar, messages), settings, clock.orElseGet(Clock::systemUTC),
				EventChanges::count);
	}

	EventFeeds(Renderer renderer, EventFeedSettings settings, Clock clock, LongSupplier changes) {
		this.renderer = renderer;
		this.settings = settings;
		this.clock = clock;
		this.changes = changes;
		AtomicInteger threads = new AtomicInteger();
		this.rendering = new ThreadPoolExecutor(settings.threads(), settings.threads(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(settings.kept()), (task) -> {
					Thread thread = new Thread(task, "event-feed-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.rendering.allowCoreThreadTimeOut(true);
	}

	/**
	 * The feed of published (and cancelled, and past) events that match the filter: the
	 * kept copy if it is current, else the kept copy while a new one is rendered, else
	 * the new one if it comes within the wait.
	 * @throws FeedNotReadyException if this feed was never rendered and its rendering
	 * takes longer than the wait
	 */
	Feed feed(EventFilter filter, Locale locale, String base) {
		Key key = new Key(filter, locale, base);
		Kept kept = this.feeds.computeIfAbsent(key, (k) -> new Kept());
		kept.readAt = System.nanoTime();
		Feed current = kept.current;
		if (current != null && isCurrent(current)) {
			return current;
		}
		CompletableFuture<Feed> next = kept.renderUnlessRendering(this::isCurrent, () -> render(key, kept));
		if (current != null) {
			return current;
		}
		try {
			return next.get(this.settings.firstWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new FeedNotReadyException(this.settings.firstWait());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedNotReadyException(this.settings.firstWait());
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RejectedExecutionException) {
				throw new FeedNotReadyException(this.settings.firstWait());
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** How many feeds are kept now. */
	int keptCount() {
		return (int) this.feeds.values().stream().filter((kept) -> kept.current != null).count();
	}

	private boolean isCurrent(Feed feed) {
		return feed.changes() == this.changes.getAsLong()
				&& feed.renderedAt().plus(this.settings.maxAge()).isAfter(this.clock.instant());
	}

	private CompletableFuture<Feed> render(Key key, Kept kept) {
		try {
			return CompletableFuture.supplyAsync(() -> {
				long before = this.changes.getAsLong();
				Feed feed = this.renderer.render(key, before, this.clock.instant());
				kept.current = feed;
				trim();
				return feed;
			}, this.rendering).whenComplete((feed, failure) -> {
				if (failure != null) {
					logger.warn("The events feed could not be rendered; the previous copy, if any, is served", failure);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	/** Forgets the least recently read feeds beyond the settings' bounds. */
	private synchronized void trim() {
		List<Map.Entry<Key, Kept>> byAge = this.feeds.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().current != null)
			.sorted(Comparator.comparingLong((Map.Entry<Key, Kept> entry) -> entry.getValue().readAt).reversed())
			.toList();
		long bytes = 0;
		int count = 0;
		for (Map.Entry<Key, Kept> entry : byAge) {
			Feed feed = entry.getValue().current;
			bytes += (feed != null) ? feed.size() : 0;
			count++;
			if (count > this.settings.kept() || bytes > this.settings.keptSize().toBytes()) {
				this.feeds.remove(entry.getKey(), entry.getValue());
			}
		}
		// keys read but never rendered (failed or rejected) are not kept either
		this.feeds.values().removeIf((kept) -> kept.current == null && kept.idle());
	}

	@Override
	public void destroy() {
		this.rendering.shutdownNow();
	}

	/** Renders one feed. */
	@FunctionalInterface
	interface Renderer {

		/**
		 * Renders the feed of a key.
		 * @param key what the feed is for
		 * @param changes {@link EventChanges#count()} before it is read
		 * @param now the time it is rendered at
		 */
		Feed render(Key key, long changes, Instant now);

	}

	/** A kept feed and its rendering, if one runs. */
	private static final class Kept {

		volatile @Nullable Feed current;

		volatile long readAt;

		private @Nullable CompletableFuture<Feed> next;

		/**
		 * The rendering running, else a new one, unless a current copy came meanwhile
		 * (rendered by another reader's rendering that ended since this reader looked).
		 */
		synchronized CompletableFuture<Feed> renderUnlessRendering(Predicate<Feed> isCurrent,
				Supplier<CompletableFuture<Feed>> start) {
			Feed now = this.current;
			if (now != null && isCurrent.test(now)) {
				return CompletableFuture.completedFuture(now);
			}
			if (this.next == null || this.next.isDone()) {
				this.next = start.get();
			}
			return this.next;
		}

		synchronized boolean idle() {
			return this.next == null || this.next.isDone();
		}

	}

	/** Reads the events and writes them with ical4j. */
	private record CalendarRenderer(Events events, EventCalendar calendar, MessageSource messages) implements Renderer {

		@Override
		public Feed render(Key key, long changes, Instant now) {
			// read as an anonymous visitor: published, cancelled and past events, never a
			// draft
			List<Event> found = this.events.search(key.filter(), PageRequest.of(0, SIZE), null)
				.stream()
				.filter((event) -> event.getStatus() != EventStatus.DRAFT)
				.toList();
			ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
			this.calendar.write(found, this.messages.getMessage("event.calendar.feedName", null, key.locale()),
					key.base(), key.locale(), new OutputStreamWriter(body, StandardCharsets.UTF_8));
			Instant lastModified = found.stream()
				.flatMap((event) -> Stream.concat(Stream.of(event.getUpdatedAt()),
						event.getSessions().stream().map(Session::getUpdatedAt)))
				.filter(Objects::nonNull)
				.max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			return Feed.of(body.toByteArray(), lastModified, changes, now);
		}

	}

	/** What a feed is for: its filter, language and the portal's address in its links. */
	record Key(EventFilter filter, Locale locale, String base) {
	}

	/**
	 * A rendered feed, and the same compressed with gzip once for the calendars that
	 * accept it (they all do): a feed of 500 events of the large dataset is 969 KB, 40 KB
	 * gzipped.
	 *
	 * @param body the iCalendar file, in UTF-8
	 * @param gzipped the body compressed with gzip
	 * @param etag its entity tag (a digest of the body)
	 * @param lastModified the latest change of its events and sessions
	 * @param changes {@link EventChanges#count()} before it was rendered
	 * @param renderedAt when it was rendered
	 */
	record Feed(byte[] body, byte[] gzipped, String etag, Instant lastModified, long changes, Instant renderedAt) {

		static Feed of(byte[] body, Instant lastModified, long changes, Instant renderedAt) {
			return new Feed(body, gzip(body), "\"" + DigestUtils.md5DigestAsHex(body) + "\"", lastModified, changes,
					renderedAt);
		}

		/**
		 * The entity tag of the gzipped body: another representation of the feed has
		 * another tag (RFC 9110, 8.8.3).
		 */
		String gzippedEtag() {
			return this.etag.substring(0, this.etag.length() - 1) + "-gzip\"";
		}

		/** The bytes kept for this feed. */
		long size() {
			return (long) this.body.length + this.gzipped.length;
		}

		private static byte[] gzip(byte[] body) {
			ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 8 + 64);
			try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
				out.write(body);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return gzipped.toByteArray();
		}

	}

	/** A feed never rendered yet could not be rendered within the wait. */
	static final class FeedNotReadyException extends RuntimeException {

		private final Duration retryAfter;

		FeedNotReadyException(Duration retryAfter) {
			super("The events feed is being prepared");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
