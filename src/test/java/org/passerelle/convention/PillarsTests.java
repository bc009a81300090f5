package org.passerelle.convention;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pillars: seeded, reordered, retired (kept where used, offered no more), deleted only
 * when unused.
 */
@PostgresTest
@WithMockUser(roles = "ADMIN")
class PillarsTests {

	@Autowired
	private Pillars pillars;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Test
	void theSixPillarsAreSeededInOrder() {
		assertThat(this.pillars.all()).extracting(Pillar::getNameEn)
			.containsSubsequence("Recruitment & professional integration", "Training", "Research & innovation",
					"Cybersecurity", "Entrepreneurship", "International");
		assertThat(this.pillars.all()).extracting(Pillar::getNameFr).contains("Cybersécurité", "Entrepreneuriat");
	}

	@Test
	void aRetiredPillarStaysOnItsConventionsButIsOfferedNoMore() {
		Pillar pillar = this.pillars.create(details("Retiring"));
		Convention convention = this.fixtures.draft("Retirement test", Confidentiality.INTERNAL, "CMA CGM");
		this.service.addAxis(convention.getId(), pillar.getId(), new AxisDetails("An axis", null),
				this.fixtures.admin());

		this.pillars.retire(pillar.getId());

		assertThat(this.pillars.offered()).extracting(Pillar::getId).doesNotContain(pillar.getId());
		assertThat(this.service.forEditing(convention.getId(), this.fixtures.admin()).getPillars())
			.extracting(Pillar::getId)
			.contains(pillar.getId());
		Convention other = this.fixtures.draft("Another convention", Confidentiality.INTERNAL, "CMA CGM");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.service.addAxis(other.getId(),
				pillar.getId(), new AxisDetails("Refused", null), this.fixtures.admin()));

		this.pillars.restore(pillar.getId());
		assertThat(this.pillars.offered()).extracting(Pillar::getId).contains(pillar.getId());
	}

	@Test
	@WithMockUser(roles = { "STAFF", "LIAISON" })
	void onlyAdministratorsChangePillarsWhicheverPathCallsTheService() {
		long training = this.fixtures.pillar("Training");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.pillars.create(details("Staff")));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.pillars.retire(training));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.pillars.move(training, true));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.pillars.delete(training));
		assertThat(this.pillars.offered()).extracting(Pillar::getId).contains(training);
	}

	@Test
	@WithAnonymousUser
	void anonymousVisitorsChangeNoPillar() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.pillars.create(details("Anonymous")));
	}

	@Test
	void aPillarInUseCannotBeDeletedButAnUnusedOneCan() {
		Pillar used = this.pillars.create(details("Used"));
		Convention convention = this.fixtures.draft("Deletion test", Confidentiality.INTERNAL, "CMA CGM");
		this.service.addAxis(convention.getId(), used.getId(), new AxisDetails("An axis", null), this.fixtures.admin());
		assertThatExceptionOfType(PillarInUseException.class).isThrownBy(() -> this.pillars.delete(used.getId()));
		assertThat(this.pillars.all()).extracting(Pillar::getId).contains(used.getId());

		Pillar unused = this.pillars.create(details("Unused"));
		this.pillars.delete(unused.getId());
		assertThat(this.pillars.all()).extracting(Pillar::getId).doesNotContain(unused.getId());
	}

	@Test
	void movesAPillarUpAndDown() {
		Pillar pillar = this.pillars.create(details("Moving"));
		int last = this.pillars.all().size() - 1;
		assertThat(this.pillars.all().get(last).getId()).isEqualTo(pillar.getId());
		this.pillars.move(pillar.getId(), true);
		assertThat(this.pillars.all().get(last - 1).getId()).isEqualTo(pillar.getId());
		this.pillars.move(pillar.getId(), false);
		assertThat(this.pillars.all().get(last).getId()).isEqualTo(pillar.getId());
	}

	@Test
	void refusesADuplicateName() {
		assertThatExceptionOfType(PillarNameTakenException.class)
			.isThrownBy(() -> this.pillars.create(new PillarDetails("formation", "Something new " + UUID.randomUUID(),
					null, null, PillarColour.TEAL)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("nameFr"));
	}

	private static PillarDetails details(String name) {
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
		return new PillarDetails(unique + " (fr)", unique, "Description", "Description", PillarColour.PLUM);
	}

}
