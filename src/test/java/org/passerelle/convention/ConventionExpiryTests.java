package org.passerelle.convention;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.PostgresTest;
import org.passerelle.TestClockConfiguration.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conventions in force expire once their end date has passed, unless they renew tacitly.
 */
@PostgresTest
class ConventionExpiryTests {

	@Autowired
	private RenewalWatch watch;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private Conventions conventions;

	@Autowired
	private ConventionRepository repository;

	@Autowired
	private MutableClock clock;

	@Test
	void expiresAConventionTheDayAfterItsEndButNotOneThatRenewsTacitly() {
		LocalDate today = this.conventions.today();
		Convention ending = this.fixtures.active("Expiring " + ConventionFixtures.uniqueReference("X"),
				Confidentiality.INTERNAL, today.plusDays(1), null, "CMA CGM");
		Convention tacit = this.fixtures.active("Tacit " + ConventionFixtures.uniqueReference("R"),
				Confidentiality.INTERNAL, today.plusDays(1), 3, "CMA CGM");

		this.watch.expireEnded();
		assertThat(status(ending)).isEqualTo(ConventionStatus.ACTIVE);

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.watch.expireEnded()).isGreaterThanOrEqualTo(1);
		assertThat(status(ending)).isEqualTo(ConventionStatus.EXPIRED);
		assertThat(status(tacit)).isEqualTo(ConventionStatus.ACTIVE);
		assertThat(this.watch.expireEnded()).isZero();
	}

	private ConventionStatus status(Convention convention) {
		return this.repository.findById(convention.getId()).orElseThrow().getStatus();
	}

}
