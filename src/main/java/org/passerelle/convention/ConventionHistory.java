package org.passerelle.convention;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a convention's history from the events the convention registers, in the same
 * transaction as the change.
 */
@Component
class ConventionHistory {

	private final HistoryRepository history;

	private final Clock clock;

	ConventionHistory(HistoryRepository history, Optional<Clock> clock) {
		this.history = history;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	@EventListener
	void on(ConventionStatusChanged changed) {
		this.history.save(HistoryEntry.transition(changed.conventionId(), this.clock.instant(), changed.actor(),
				changed.from(), changed.to(), changed.detail()));
	}

	@EventListener
	void on(ConventionChanged changed) {
		this.history.save(new HistoryEntry(changed.conventionId(), this.clock.instant(), changed.actor(),
				changed.kind(), changed.detail()));
	}

}
