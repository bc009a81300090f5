package org.passerelle.event.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the events feed ({@code /events.ics}) is kept.
 *
 * @param maxAge how long a rendered feed is served at most before it is rendered again
 * (for the changes other instances of the portal make; this instance's own changes renew
 * it at once)
 * @param firstWait how long a reader waits for a feed that has never been rendered before
 * being told to come back later (503 with Retry-After); a feed that was rendered before
 * is served at once while its new copy is rendered
 * @param threads how many feeds are rendered at the same time, at most
 * @param kept how many feeds (filter × language × address) are kept, at most
 * @param keptSize how many bytes of feeds are kept, at most
 */
@ConfigurationProperties("passerelle.event.feed")
public record EventFeedSettings(@DefaultValue("1m") Duration maxAge, @DefaultValue("5s") Duration firstWait,
		@DefaultValue("2") int threads, @DefaultValue("100") int kept, @DefaultValue("32MB") DataSize keptSize) {

	public EventFeedSettings {
		if (maxAge.isNegative() || firstWait.isNegative()) {
			throw new IllegalArgumentException("passerelle.event.feed durations must not be negative");
		}
		if (threads < 1 || kept < 1 || keptSize.toBytes() < 1) {
			throw new IllegalArgumentException("passerelle.event.feed threads, kept and kept-size must be positive");
		}
	}

	static EventFeedSettings defaults() {
		return new EventFeedSettings(Duration.ofMinutes(1), Duration.ofSeconds(5), 2, 100, DataSize.ofMegabytes(32));
	}

}
