package org.passerelle.event.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import org.passerelle.TestClockConfiguration.MutableClock;
import org.passerelle.event.EventFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the events feed is kept and renewed: readers never render it themselves, get the
 * previous copy while a new one is rendered, and wait at most the configured time for a
 * feed never rendered.
 */
class EventFeedsTests {

	private static final String BASE = "https://passerelle.example";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

	private final AtomicLong changes = new AtomicLong();

	private final AtomicInteger renders = new AtomicInteger();

	private final List<EventFeeds> made = new ArrayList<>();

	@AfterEach
	void stop() {
		this.made.forEach(EventFeeds::destroy);
	}

	@Test
	void aCurrentFeedIsRenderedOnceForManyReaders() throws Exception {
		EventFeeds feeds = feeds((key, changes, at) -> rendered("v" + this.renders.incrementAndGet(), changes, at),
				settings(Duration.ofSeconds(5)));
		ExecutorService readers = Executors.newFixedThreadPool(8);
		List<Future<EventFeeds.Feed>> read = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			read.add(readers.submit(() -> feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE)));
		}
		for (Future<EventFeeds.Feed> one : read) {
			assertThat(text(one.get(10, TimeUnit.SECONDS))).isEqualTo("v1");
		}
		readers.shutdown();
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void afterAChangeReadersGetThePreviousCopyWhileTheNewOneIsRendered() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		EventFeeds feeds = feeds((key, changes, at) -> {
			int version = this.renders.incrementAndGet();
			if (version == 2) {
				await(release);
			}
			return rendered("v" + version, changes, at);
		}, settings(Duration.ofSeconds(5)));
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");

		this.changes.incrementAndGet();
		// the second rendering is held: the reader does not wait for it
		long started = System.nanoTime();
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

		release.countDown();
		awaitFeed(feeds, "v2");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void aFeedOlderThanTheMaximumAgeIsRenderedAgain() throws Exception {
		EventFeeds feeds = feeds((key, changes, at) -> rendered("v" + this.renders.incrementAndGet(), changes, at),
				settings(Duration.ofSeconds(5)));
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");
		assertThat(this.renders).hasValue(1);

		this.clock.advance(Duration.ofSeconds(2));
		awaitFeed(feeds, "v2");
	}

	@Test
	void aFeedNeverRenderedIsWaitedForAtMostTheWaitThenComesWhenReady() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		EventFeeds feeds = feeds((key, changes, at) -> {
			await(release);
			return rendered("slow", changes, at);
		}, settings(Duration.ofMillis(200)));
		long started = System.nanoTime();
		assertThatThrownBy(() -> feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))
			.isInstanceOf(EventFeeds.FeedNotReadyException.class)
			.satisfies((ex) -> assertThat(((EventFeeds.FeedNotReadyException) ex).retryAfter())
				.isEqualTo(Duration.ofMillis(200)));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

		release.countDown();
		awaitFeed(feeds, "slow");
	}

	@Test
	void aFailedRenderingKeepsServingThePreviousCopyAndAFirstOneFailsTheReader() throws Exception {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		EventFeeds feeds = feeds((key, changes, at) -> {
			if (failure.get() != null) {
				throw failure.get();
			}
			return rendered("v" + this.renders.incrementAndGet(), changes, at);
		}, settings(Duration.ofSeconds(5)));
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");

		failure.set(new IllegalStateException("database down"));
		this.changes.incrementAndGet();
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");
		Thread.sleep(100);
		assertThat(text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE))).isEqualTo("v1");

		assertThatThrownBy(() -> feeds.feed(EventFilter.upcoming(), Locale.ENGLISH, BASE))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("database down");

		failure.set(null);
		awaitFeed(feeds, "v2");
	}

	@Test
	void atMostTheConfiguredNumberAndSizeOfFeedsAreKept() throws Exception {
		EventFeeds feeds = feeds((key, changes, at) -> rendered("x".repeat(100), changes, at),
				new EventFeedSettings(Duration.ofMinutes(1), Duration.ofSeconds(5), 1, 3, DataSize.ofBytes(250)));
		for (String city : List.of("Marseille", "Alès", "Compiègne", "Montpellier")) {
			feeds.feed(new EventFilter(false, null, null, null, null, null, null, city, null), Locale.FRENCH, BASE);
			Thread.sleep(5);
		}
		// three would fit by number, two by size
		assertThat(feeds.keptCount()).isEqualTo(2);
	}

	private EventFeeds feeds(EventFeeds.Renderer renderer, EventFeedSettings settings) {
		EventFeeds feeds = new EventFeeds(renderer, settings, this.clock, this.changes::get);
		this.made.add(feeds);
		return feeds;
	}

	private static EventFeedSettings settings(Duration wait) {
		return new EventFeedSettings(Duration.ofMinutes(1), wait, 2, 100, DataSize.ofMegabytes(32));
	}

	private static EventFeeds.Feed rendered(String text, long changes, Instant at) {
		return EventFeeds.Feed.of(text.getBytes(StandardCharsets.UTF_8), at, changes, at);
	}

	private static String text(EventFeeds.Feed feed) {
		return new String(feed.body(), StandardCharsets.UTF_8);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Reads the feed until the expected copy comes (rendered in the background). */
	private static void awaitFeed(EventFeeds feeds, String expected) throws InterruptedException {
		String seen = null;
		for (int i = 0; i < 100 && !expected.equals(seen); i++) {
			seen = text(feeds.feed(EventFilter.upcoming(), Locale.FRENCH, BASE));
			if (!expected.equals(seen)) {
				Thread.sleep(50);
			}
		}
		assertThat(seen).isEqualTo(expected);
	}

}
