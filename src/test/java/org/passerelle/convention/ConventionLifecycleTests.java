package org.passerelle.convention;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A convention's lifecycle: only the allowed transitions, each asking for what it needs
 * and recorded with who and when; renewals; stale edits refused; multi-party rules.
 */
@PostgresTest
class ConventionLifecycleTests {

	@Autowired
	private ConventionService service;

	@Autowired
	private Conventions conventions;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private HistoryRepository history;

	@Test
	void goesFromDraftToExpiredAlongTheAllowedTransitionsRecordingEachOne() {
		long id = this.fixtures.draft("Lifecycle", Confidentiality.INTERNAL, "CMA CGM").getId();
		this.fixtures.withPillars(id, "Training");
		this.fixtures.withDates(id, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), null);

		for (ConventionStatus status : List.of(ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED,
				ConventionStatus.ACTIVE, ConventionStatus.EXPIRED)) {
			assertThat(
					this.service.transition(id, this.fixtures.version(id), status, this.fixtures.staff()).getStatus())
				.isEqualTo(status);
		}

		List<HistoryEntry> transitions = this.history.findByConventionIdOrderByAtDescIdDesc(id)
			.stream()
			.filter((entry) -> entry.getKind() == HistoryKind.STATUS_CHANGED)
			.toList();
		assertThat(transitions).extracting(HistoryEntry::getToStatus)
			.containsExactly(ConventionStatus.EXPIRED, ConventionStatus.ACTIVE, ConventionStatus.SIGNED,
					ConventionStatus.IN_NEGOTIATION);
		assertThat(transitions.get(3).getFromStatus()).isEqualTo(ConventionStatus.DRAFT);
		assertThat(transitions).allSatisfy((entry) -> {
			assertThat(entry.getActor()).isEqualTo("staff@demo.passerelle");
			assertThat(entry.getAt()).isNotNull();
		});
	}

	@Test
	void refusesTransitionsThatSkipAStepOrLeaveAnEnd() {
		long id = this.fixtures.draft("Skipping", Confidentiality.INTERNAL, "CMA CGM").getId();
		assertThatExceptionOfType(TransitionNotAllowedException.class).isThrownBy(() -> this.service.transition(id,
				this.fixtures.version(id), ConventionStatus.SIGNED, this.fixtures.admin()));
		assertThatExceptionOfType(TransitionNotAllowedException.class).isThrownBy(() -> this.service.transition(id,
				this.fixtures.version(id), ConventionStatus.ACTIVE, this.fixtures.admin()));

		long ended = this.fixtures.active("Ended", Confidentiality.INTERNAL, LocalDate.of(2030, 6, 30), null, "CMA CGM")
			.getId();
		this.fixtures.moveTo(ended, ConventionStatus.TERMINATED);
		for (ConventionStatus status : ConventionStatus.values()) {
			assertThatExceptionOfType(TransitionNotAllowedException.class).isThrownBy(
					() -> this.service.transition(ended, this.fixtures.version(ended), status, this.fixtures.admin()));
		}
		assertThat(ConventionStatus.ACTIVE.next()).containsExactly(ConventionStatus.EXPIRED,
				ConventionStatus.TERMINATED);
	}

	@Test
	void explainsWhatIsMissingBeforeSigning() {
		long id = this.fixtures.draft("Incomplete", Confidentiality.INTERNAL).getId();
		assertThatExceptionOfType(ConventionIncompleteException.class)
			.isThrownBy(() -> this.service.transition(id, this.fixtures.version(id), ConventionStatus.IN_NEGOTIATION,
					this.fixtures.admin()))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::code)
				.containsExactly("convention.problem.noPartner"));

		this.service.changeParties(id, this.fixtures.version(id), List.of(this.fixtures.amu()),
				List.of(this.fixtures.organisation("CMA CGM")), this.fixtures.admin());
		this.service.transition(id, this.fixtures.version(id), ConventionStatus.IN_NEGOTIATION, this.fixtures.admin());
		assertThatExceptionOfType(ConventionIncompleteException.class)
			.isThrownBy(() -> this.service.transition(id, this.fixtures.version(id), ConventionStatus.SIGNED,
					this.fixtures.admin()))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(Problem::code)
				.containsExactly("convention.problem.noPillar", "convention.problem.noSignatureDate",
						"convention.problem.noStart", "convention.problem.noEnd"));

		this.fixtures.withPillars(id, "Cybersecurity");
		Convention convention = this.service.forEditing(id, this.fixtures.admin());
		Axis only = convention.getAxes().get(0);
		assertThatExceptionOfType(ConventionIncompleteException.class)
			.isThrownBy(() -> this.service.removeAxis(id, only.getId(), this.fixtures.admin()));
		assertThat(this.service.requirements(convention, ConventionStatus.SIGNED)).extracting(Problem::code)
			.doesNotContain("convention.problem.pillarWithoutAxis", "convention.problem.noPillar");
	}

	@Test
	void aPillarWithoutAxisKeepsTheConventionFromBeingSigned() {
		long id = this.fixtures.draft("Pillar without axis", Confidentiality.INTERNAL, "CMA CGM").getId();
		long training = this.fixtures.pillar("Training");
		this.service.changePillars(id, this.fixtures.version(id), List.of(training), ConventionService.noAxes(),
				this.fixtures.admin());
		Convention convention = this.service.forEditing(id, this.fixtures.admin());
		assertThat(this.service.requirements(convention, ConventionStatus.SIGNED))
			.contains(Problem.of("convention.problem.pillarWithoutAxis", "Formation", "Training"));
	}

	@Test
	void anAgreementBetweenTwoInstitutionsNeedsNoPartner() {
		Convention convention = this.service.create("Inter-institution", ConventionFixtures.uniqueReference("II"),
				Confidentiality.PUBLIC, null, this.fixtures.amu(), this.fixtures.admin());
		this.service.changeParties(convention.getId(), convention.getVersion(),
				List.of(this.fixtures.amu(), this.fixtures.organisation("IMT Mines Alès")), List.of(),
				this.fixtures.admin());
		assertThat(this.service.requirements(this.service.forEditing(convention.getId(), this.fixtures.admin()),
				ConventionStatus.IN_NEGOTIATION))
			.isEmpty();
	}

	@Test
	void aRenewalIsANewDraftEditionLinkedToThePreviousOne() {
		Convention active = this.fixtures.active("Renewed", Confidentiality.PUBLIC, LocalDate.of(2027, 3, 31), 3,
				"L'Occitane en Provence");
		Convention next = this.service.renew(active.getId(), this.fixtures.staff());

		assertThat(next.getStatus()).isEqualTo(ConventionStatus.DRAFT);
		assertThat(next.getEdition()).isEqualTo(2);
		assertThat(next.getReference()).isEqualTo(active.getReference());
		assertThat(next.getPreviousId()).contains(active.getId());
		assertThat(next.isTacitRenewal()).isTrue();
		assertThat(next.getNoticeMonths()).isEqualTo(3);
		assertThat(next.getStartsOn()).isNull();
		assertThat(next.getTitle()).isIn("Renewed (renewal 2027)", "Renewed (renouvellement 2027)");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.FRENCH);
		try {
			assertThat(this.service.renewalTitle("Renewed (renewal 2027)", 2030))
				.isEqualTo("Renewed (renouvellement 2030)");
			assertThat(this.service.renewalTitle("Chaire (2024)", 2027))
				.isEqualTo("Chaire (2024) (renouvellement 2027)");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		ConventionSheet sheet = this.conventions.sheet(next.getId(), this.fixtures.admin());
		assertThat(sheet.convention().getPillars()).extracting(Pillar::getNameEn)
			.containsExactly("Training", "Research & innovation");
		assertThat(sheet.convention().partnerIds())
			.containsExactly(this.fixtures.organisation("L'Occitane en Provence"));
		assertThat(this.conventions.sheet(active.getId(), this.fixtures.admin()).renewalIds())
			.containsExactly(next.getId());
		assertThat(this.service.renew(active.getId(), this.fixtures.staff()).getEdition()).isEqualTo(3);
	}

	@Test
	void refusesAChangeMadeOverSomeoneElsesNewerChange() {
		Convention convention = this.fixtures.draft("Concurrent", Confidentiality.INTERNAL, "CMA CGM");
		long stale = convention.getVersion();
		this.service.changeGeneral(convention.getId(), stale, "First title", convention.getReference(),
				Confidentiality.INTERNAL, null, this.fixtures.admin());
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.service.changeGeneral(convention.getId(), stale, "Second title",
					convention.getReference(), Confidentiality.INTERNAL, null, this.fixtures.admin()));
		assertThat(this.service.forEditing(convention.getId(), this.fixtures.admin()).getTitle())
			.isEqualTo("First title");
	}

	@Test
	void onlyAdministratorsAndStaffOfAPartyInstitutionEdit() {
		Convention convention = this.fixtures.draft("Editors", Confidentiality.PUBLIC, "Provepharm");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.changeGeneral(convention.getId(), convention.getVersion(), "Liaison edit",
					convention.getReference(), Confidentiality.PUBLIC, null, this.fixtures.liaison()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.service.create("By a liaison", ConventionFixtures.uniqueReference("L"),
					Confidentiality.PUBLIC, null, this.fixtures.amu(), this.fixtures.liaison()));
		assertThat(this.service
			.changeGeneral(convention.getId(), convention.getVersion(), "Staff edit", convention.getReference(),
					Confidentiality.PUBLIC, null, this.fixtures.staff())
			.getTitle()).isEqualTo("Staff edit");
	}

}
