package org.passerelle.convention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.passerelle.PostgresTest;
import org.passerelle.convention.ConventionFigures.FigureScope;
import org.passerelle.convention.ConventionFigures.Figures;
import org.passerelle.convention.ConventionFigures.PartnerPillars;
import org.passerelle.convention.ConventionFigures.PartnerSize;
import org.passerelle.convention.ConventionFigures.PillarActions;
import org.passerelle.convention.ConventionFigures.PillarCount;
import org.passerelle.convention.ConventionFigures.SizeCount;
import org.passerelle.convention.ConventionFigures.YearCount;
import org.passerelle.organisation.DirectoryTestData;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The office's figures on a small world built for the test, in a fresh institution with a
 * component, each expectation counted by hand:
 * <ul>
 * <li>C1 (the university, SME + large group, Training + Research & innovation) signed
 * 2023-03-01, active until 2026-02-28;</li>
 * <li>C2 (the faculty, SME, Training) signed 2025-06-01, active until 2028-05-31;</li>
 * <li>C3 (the university, a public body, Cybersecurity) signed 2021-01-10, ended
 * 2022-01-09: before the period;</li>
 * <li>C4 (the university, a company of unknown size) still a draft;</li>
 * <li>C5 (the university, large group, Training) signed 2024-05-01, terminated
 * today.</li>
 * </ul>
 * The period runs from 2023-01-01 to 2026-11-30.
 */
@PostgresTest
class ConventionFiguresTests {

	private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

	private static final LocalDate TO = LocalDate.of(2026, 11, 30);

	@Autowired
	private ConventionFigures figures;

	@Autowired
	private ConventionService service;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private OrganisationDirectory directory;

	private long university;

	private long faculty;

	private String sme;

	private String large;

	@BeforeEach
	void buildTheWorld() {
		String word = DirectoryTestData.uniqueWord();
		this.university = this.directory
			.create(DirectoryTestData.organisation("Université " + word, OrganisationKind.UNIVERSITY, "Nîmes"))
			.getId();
		this.faculty = this.directory
			.create(new OrganisationDetails("Faculté " + word, OrganisationKind.FACULTY, this.university, null,
					Set.of(), new PublicProfile(null, null, null, "Nîmes", null, null, null, Set.of())))
			.getId();
		this.sme = "PME " + word;
		this.large = "Groupe " + word;
		long smeId = company(this.sme, SizeClass.SME);
		long largeId = company(this.large, SizeClass.LARGE);
		long publicBody = this.directory
			.create(DirectoryTestData.organisation("Métropole " + word, OrganisationKind.PUBLIC_BODY, "Nîmes"))
			.getId();
		long unknown = company("Entreprise " + word, null);

		long c1 = signed(this.university, List.of(smeId, largeId), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28),
				"Training", "Research & innovation");
		long c2 = signed(this.faculty, List.of(smeId), LocalDate.of(2025, 6, 1), LocalDate.of(2028, 5, 31), "Training");
		signed(this.university, List.of(publicBody), LocalDate.of(2021, 1, 10), LocalDate.of(2022, 1, 9),
				"Cybersecurity");
		draft(this.university, List.of(unknown));
		long c5 = signed(this.university, List.of(largeId), LocalDate.of(2024, 5, 1), LocalDate.of(2027, 4, 30),
				"Training");
		this.service.terminate(c5, this.fixtures.version(c5), LocalDate.now(), "Ended by both parties", admin());

		Axis c1Training = axis(c1, "Training");
		action(c1, c1Training, ActionStatus.PLANNED, LocalDate.of(2020, 1, 1));
		action(c1, c1Training, ActionStatus.DONE, LocalDate.of(2020, 1, 1));
		action(c2, axis(c2, "Training"), ActionStatus.IN_PROGRESS, LocalDate.of(2999, 1, 1));
		action(c1, axis(c1, "Research & innovation"), ActionStatus.CANCELLED, null);
	}

	@Test
	void countsTheConventionsInForceOfTheInstitutionAndItsComponentsByPillarAndPartnerSize() {
		Figures figures = this.figures.figures(new FigureScope(FROM, TO, this.university));

		assertThat(figures.byPillar()).extracting(PillarCount::nameEn, PillarCount::count)
			.containsExactly(tuple("Training", 3L), tuple("Research & innovation", 1L));
		assertThat(figures.byPartnerSize()).extracting(SizeCount::size, SizeCount::count)
			.containsExactly(tuple(PartnerSize.MICRO, 0L), tuple(PartnerSize.SME, 2L), tuple(PartnerSize.MID_CAP, 0L),
					tuple(PartnerSize.LARGE, 2L), tuple(PartnerSize.UNKNOWN, 0L), tuple(PartnerSize.OTHER, 0L));
	}

	@Test
	void countsSignaturesAndNewPartnersPerYearOfThePeriodZerosIncluded() {
		Figures figures = this.figures.figures(new FigureScope(FROM, TO, this.university));

		assertThat(figures.signedPerYear()).extracting(YearCount::year, YearCount::count)
			.containsExactly(tuple(2023, 1L), tuple(2024, 1L), tuple(2025, 1L), tuple(2026, 0L));
		assertThat(figures.newPartnersPerYear()).extracting(YearCount::year, YearCount::count)
			.containsExactly(tuple(2023, 2L), tuple(2024, 0L), tuple(2025, 0L), tuple(2026, 0L));
	}

	@Test
	void countsActionsByPillarAndStatusAndThoseOverdue() {
		Figures figures = this.figures.figures(new FigureScope(FROM, TO, this.university));

		assertThat(figures.actions())
			.extracting((pillar) -> pillar.pillar().nameEn(), PillarActions::planned, PillarActions::inProgress,
					PillarActions::done, PillarActions::cancelled, PillarActions::overdue)
			.containsExactly(tuple("Training", 1L, 1L, 1L, 0L, 1L), tuple("Research & innovation", 0L, 0L, 0L, 1L, 0L));
	}

	@Test
	void listsPartnersPresentInSeveralPillars() {
		Figures figures = this.figures.figures(new FigureScope(FROM, TO, this.university));

		assertThat(figures.partnersInSeveralPillars())
			.extracting(PartnerPillars::name, PartnerPillars::pillars, PartnerPillars::conventions)
			.containsExactlyInAnyOrder(tuple(this.sme, 2, 2), tuple(this.large, 2, 2));
	}

	@Test
	void aComponentAloneCountsOnlyItsOwnConventions() {
		Figures figures = this.figures.figures(new FigureScope(FROM, TO, this.faculty));

		assertThat(figures.byPillar()).extracting(PillarCount::nameEn, PillarCount::count)
			.containsExactly(tuple("Training", 1L));
		assertThat(figures.partnersInSeveralPillars()).isEmpty();
	}

	@Test
	void aShorterPeriodLeavesOutWhatEndedBeforeIt() {
		Figures figures = this.figures
			.figures(new FigureScope(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30), this.university));

		assertThat(figures.byPillar()).extracting(PillarCount::nameEn, PillarCount::count)
			.containsExactly(tuple("Training", 2L));
		assertThat(figures.signedPerYear()).extracting(YearCount::year, YearCount::count)
			.containsExactly(tuple(2026, 0L));
	}

	private long company(String name, SizeClass size) {
		return this.directory
			.create(DirectoryTestData.company(name, "Nîmes", size, Sector.DIGITAL, Region.OCCITANIE, null, Set.of()))
			.getId();
	}

	private long draft(long owner, List<Long> partners) {
		Convention convention = this.service.create("Convention " + DirectoryTestData.uniqueWord(),
				ConventionFixtures.uniqueReference("FIG"), Confidentiality.INTERNAL, null, owner, admin());
		return this.service
			.changeParties(convention.getId(), convention.getVersion(), List.of(owner), partners, admin())
			.getId();
	}

	private long signed(long owner, List<Long> partners, LocalDate signedOn, LocalDate endsOn, String... pillars) {
		long id = draft(owner, partners);
		Map<Long, AxisDetails> axes = new LinkedHashMap<>();
		for (String pillar : pillars) {
			axes.put(this.fixtures.pillar(pillar), new AxisDetails("Axis of " + pillar, null));
		}
		this.service.changePillars(id, this.fixtures.version(id), axes.keySet(), axes, admin());
		this.service.changeDates(id, this.fixtures.version(id),
				new ConventionDates(signedOn, signedOn, endsOn, false, false, null), List.of(), admin());
		this.fixtures.moveTo(id, ConventionStatus.IN_NEGOTIATION, ConventionStatus.SIGNED, ConventionStatus.ACTIVE);
		return id;
	}

	private Axis axis(long conventionId, String pillar) {
		long pillarId = this.fixtures.pillar(pillar);
		return this.service.forEditing(conventionId, admin())
			.getAxes()
			.stream()
			.filter((axis) -> axis.getPillar().getId() == pillarId)
			.findFirst()
			.orElseThrow();
	}

	private void action(long conventionId, Axis axis, ActionStatus status, LocalDate dueOn) {
		this.service.addAction(conventionId, axis.getId(),
				new ActionDetails("Action " + status, null, dueOn, status, null), admin());
	}

	private PasserelleUser admin() {
		return this.fixtures.admin();
	}

}
