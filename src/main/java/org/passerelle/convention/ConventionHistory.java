package org.passerelle.convention;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;

/**
 * Writes a convention's history from the events the convention registers, in the same
 * transaction as the change.
 */
@Component
class ConventionHistory {

	private final HistoryRepository history;

	private final Clock clock;

	private final ConventionRepository conventions;

	private final Organisations organisations;

	ConventionHistory(HistoryRepository history, Optional<Clock> clock, ConventionRepository conventions,
			Organisations organisations) {
		this.organisations = organisations;
		this.conventions = conventions;
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

	/**
	 * A partner hosted in a third place under the convention: recorded with the site and
	 * the days (a convention since deleted records nothing).
	 */
	@EventListener
	void on(HostingUnderConvention hosting) {
		if (!this.conventions.existsById(hosting.conventionId())) {
			return;
		}
		DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		String who = this.organisations.find(hosting.organisationId()).map(Organisation::getName).orElse("");
		String days = hosting.startsOn().format(day) + " → "
				+ ((hosting.endsOn() != null) ? hosting.endsOn().format(day) : "…");
		this.history.save(new HistoryEntry(hosting.conventionId(), this.clock.instant(), hosting.actor(),
				HistoryKind.HOSTING_APPROVED, who + " — " + hosting.siteName() + ", " + days));
	}

}
