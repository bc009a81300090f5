package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules a convention guards itself, without Spring or a database.
 */
class ConventionTests {

	private static final long OWNER = 1;

	private static final long OTHER_INSTITUTION = 2;

	private static final long PARTNER = 3;

	private static final LocalDate SIGNED = LocalDate.of(2025, 1, 15);

	private static final String ACTOR = "staff@example.org";

	private static long ids = 100;

	@Test
	void leavesDraftOnlyWithAPartnerAndIsSignedOnlyWithWhatSigningAsksFor() {
		Convention convention = saved(new Convention("Chair", "REF-1", Confidentiality.INTERNAL, null, OWNER));
		assertThat(convention.missingFor(ConventionStatus.IN_NEGOTIATION)).extracting(Problem::code)
			.containsExactly("convention.problem.noPartner");
		assertThatExceptionOfType(ConventionIncompleteException.class)
			.isThrownBy(() -> convention.transitionTo(ConventionStatus.IN_NEGOTIATION, ACTOR));
		assertThat(convention.getStatus()).isEqualTo(ConventionStatus.DRAFT);

		convention.changeParties(List.of(OWNER), List.of(PARTNER), ACTOR);
		convention.transitionTo(ConventionStatus.IN_NEGOTIATION, ACTOR);
		assertThat(convention.missingFor(ConventionStatus.SIGNED)).extracting(Problem::code)
			.containsExactly("convention.problem.noPillar", "convention.problem.noSignatureDate",
					"convention.problem.noStart", "convention.problem.noEnd");

		Pillar training = pillar("Training");
		convention.addAxis(training, "Internships", null);
		convention.changeDates(new ConventionDates(SIGNED, SIGNED, SIGNED.plusYears(3), false, false, null), List.of(),
				ACTOR);
		convention.transitionTo(ConventionStatus.SIGNED, ACTOR);
		assertThat(convention.getStatus()).isEqualTo(ConventionStatus.SIGNED);
		assertThat(convention.domainEvents()).filteredOn(ConventionStatusChanged.class::isInstance)
			.containsExactly(
					new ConventionStatusChanged(convention.getId(), ConventionStatus.DRAFT,
							ConventionStatus.IN_NEGOTIATION, ACTOR, null),
					new ConventionStatusChanged(convention.getId(), ConventionStatus.IN_NEGOTIATION,
							ConventionStatus.SIGNED, ACTOR, null));
		convention.clearDomainEvents();
		assertThat(convention.domainEvents()).isEmpty();
	}

	@Test
	void refusesASkippedStatusAndTerminatesOnlyWithADayAndAReason() {
		Convention convention = signed();
		assertThatExceptionOfType(TransitionNotAllowedException.class)
			.isThrownBy(() -> convention.transitionTo(ConventionStatus.DRAFT, ACTOR));
		assertThatExceptionOfType(TransitionNotAllowedException.class)
			.isThrownBy(() -> convention.transitionTo(ConventionStatus.TERMINATED, ACTOR));
		assertThatIllegalArgumentException().isThrownBy(() -> convention.terminate(SIGNED.plusYears(1), " ", ACTOR));

		convention.terminate(SIGNED.plusYears(1), " Funding ended. ", ACTOR);
		assertThat(convention.getStatus()).isEqualTo(ConventionStatus.TERMINATED);
		assertThat(convention.getTerminatedOn()).isEqualTo(SIGNED.plusYears(1));
		assertThat(convention.getTerminationReason()).isEqualTo("Funding ended.");
		assertThat(convention.domainEvents()).last()
			.isEqualTo(new ConventionStatusChanged(convention.getId(), ConventionStatus.SIGNED,
					ConventionStatus.TERMINATED, ACTOR, SIGNED.plusYears(1) + " — Funding ended."));
		assertThatExceptionOfType(TransitionNotAllowedException.class)
			.isThrownBy(() -> convention.terminate(SIGNED.plusYears(2), "Again", ACTOR));
		assertThatExceptionOfType(TransitionNotAllowedException.class).isThrownBy(convention::expire);
	}

	@Test
	void registersEachChangeForItsHistoryAndKeepsTheLastAxisOfAPillar() {
		Convention convention = saved(new Convention("Chair", "REF-H", Confidentiality.INTERNAL, null, OWNER));
		convention.created(ACTOR);
		convention.changeGeneral("Chair of AI", "REF-H", Confidentiality.PUBLIC, null, ACTOR);
		Pillar training = pillar("Training");
		convention.changePillars(List.of(training), Map.of(training, new AxisDetails("Internships", null)), ACTOR);
		Axis internships = convention.axesOf(training).get(0);
		assertThatExceptionOfType(ConventionIncompleteException.class)
			.isThrownBy(() -> convention.removeAxis(internships, ACTOR));
		Axis theses = convention.addAxis(training, new AxisDetails("Theses", "Two a year"), ACTOR);
		convention.changeAxis(theses, new AxisDetails("Industrial theses", "Two a year"), ACTOR);
		convention.removeAxis(internships, ACTOR);
		assertThat(convention.getAxes()).containsExactly(theses);
		assertThat(convention.domainEvents()).containsExactly(
				new ConventionChanged(convention.getId(), HistoryKind.CREATED, ACTOR, "Chair"),
				new ConventionChanged(convention.getId(), HistoryKind.GENERAL_CHANGED, ACTOR, null),
				new ConventionChanged(convention.getId(), HistoryKind.PILLARS_CHANGED, ACTOR, "Training / Training"),
				new ConventionChanged(convention.getId(), HistoryKind.AXIS_ADDED, ACTOR, "Theses"),
				new ConventionChanged(convention.getId(), HistoryKind.AXIS_CHANGED, ACTOR, "Industrial theses"),
				new ConventionChanged(convention.getId(), HistoryKind.AXIS_REMOVED, ACTOR, "Internships"));
	}

	@Test
	void aSignedConventionKeepsItsDates() {
		Convention convention = signed();
		assertThatIllegalArgumentException().isThrownBy(() -> convention
			.changeDates(new ConventionDates(SIGNED, null, SIGNED.plusYears(3), false, false, null), List.of(), ACTOR));
		assertThat(convention.getStartsOn()).isEqualTo(SIGNED);
	}

	@Test
	void theOwnerStaysAPartyAndSignatoriesSignForAParty() {
		Convention convention = saved(new Convention("Chair", "REF-2", Confidentiality.INTERNAL, null, OWNER));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> convention.changeParties(List.of(OTHER_INSTITUTION), List.of(PARTNER), ACTOR));
		convention.changeParties(List.of(OWNER, OTHER_INSTITUTION), List.of(), ACTOR);
		assertThat(convention.missingFor(ConventionStatus.IN_NEGOTIATION)).isEmpty();

		ConventionDates dates = new ConventionDates(SIGNED, SIGNED, null, true, false, null);
		assertThatIllegalArgumentException().isThrownBy(
				() -> convention.changeDates(dates, List.of(new Signatory("Someone", "CEO", PARTNER, SIGNED)), ACTOR));
		convention.changeDates(dates, List.of(new Signatory("A. President", "President", OWNER, SIGNED)), ACTOR);
		assertThat(convention.getSignatories()).hasSize(1);
	}

	@Test
	void aRetiredPillarIsNotNewlyChosen() {
		Convention convention = saved(new Convention("Chair", "REF-3", Confidentiality.INTERNAL, null, OWNER));
		Pillar retired = pillar("Old");
		retired.retire();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> convention.changePillars(List.of(retired), Map.of(), ACTOR));
		assertThatIllegalArgumentException().isThrownBy(() -> convention.addAxis(retired, "Axis", null));
		assertThat(convention.getPillars()).isEmpty();
	}

	@Test
	void handsOutItsCollectionsReadOnly() {
		Convention convention = signed();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> convention.getParties().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> convention.getSignatories().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> convention.getAxes().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> convention.getPillars().clear());
	}

	@Test
	void aRenewalKeepsTacitRenewalAndNoticeAndTakesItsOwnTitle() {
		Convention convention = saved(new Convention("Chair", "REF-4", Confidentiality.INTERNAL, null, OWNER));
		convention.changeParties(List.of(OWNER), List.of(PARTNER), ACTOR);
		convention.addAxis(pillar("Training"), "Internships", null);
		convention.changeDates(new ConventionDates(SIGNED, SIGNED, SIGNED.plusYears(3), false, true, 3), List.of(),
				ACTOR);
		Convention next = convention.renew("Chair (renewal 2028)");
		assertThat(next.getTitle()).isEqualTo("Chair (renewal 2028)");
		assertThat(next.isTacitRenewal()).isTrue();
		assertThat(next.getNoticeMonths()).isEqualTo(3);
		assertThat(next.getEndsOn()).isNull();
		assertThat(next.partnerIds()).containsExactly(PARTNER);
	}

	private static Convention signed() {
		Convention convention = saved(new Convention("Chair", "REF-S", Confidentiality.INTERNAL, null, OWNER));
		convention.changeParties(List.of(OWNER), List.of(PARTNER), ACTOR);
		convention.addAxis(pillar("Training"), "Internships", null);
		convention.changeDates(new ConventionDates(SIGNED, SIGNED, SIGNED.plusYears(3), false, false, null), List.of(),
				ACTOR);
		convention.transitionTo(ConventionStatus.IN_NEGOTIATION, ACTOR);
		convention.transitionTo(ConventionStatus.SIGNED, ACTOR);
		return convention;
	}

	/** As if saved: the convention gets an id. */
	private static Convention saved(Convention convention) {
		org.springframework.test.util.ReflectionTestUtils.setField(convention, "id", ids++);
		return convention;
	}

	private static Pillar pillar(String name) {
		return new Pillar(new PillarDetails(name, name, null, null, PillarColour.NAVY), 1);
	}

}
