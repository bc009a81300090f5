package org.passerelle.stand;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A stand's life on the real database: a lead SME opens a shared stand, invites others up
 * to the type's limit, they join or say no, the lead splits the fee, staff accept it with
 * a number at each site and day (each company is told by mail, in its contact's language,
 * with what each pays) or decline it with a reason.
 */
@PostgresTest
class StandLifecycleTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private StandFixtures fixtures;

	@Autowired
	private StandService stands;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aSharedStandIsOpenedJoinedSplitAndApprovedAndEveryCompanyHearsWhatItPays() throws Exception {
		StandFixtures.Forum forum = this.fixtures.forum(true, 10);
		String leadMail = unique("lead");
		String secondMail = unique("second");
		PasserelleUser lead = this.fixtures.liaison("Provepharm", leadMail);
		PasserelleUser second = this.fixtures.liaison("HalioDx", secondMail);
		PasserelleUser third = this.fixtures.liaison("Innate Pharma", unique("third"));
		long halioDx = second.getOrganisationId();
		long innate = third.getOrganisationId();

		Stand stand = this.stands.apply(forum.event(), forum.type().getId(), true, lead);
		long id = stand.getId();
		assertThat(stand.getPrice()).isEqualTo(Money.euros(60000));
		stand = this.stands.invite(stand.getId(), stand.getVersion(), halioDx);
		stand = this.stands.invite(stand.getId(), stand.getVersion(), innate);
		long invitedVersion = stand.getVersion();
		// three companies at most: a fourth is refused, and so is the same one twice
		assertThatThrownBy(
				() -> this.stands.invite(id, invitedVersion, this.fixtures.events().people().organisation("CMA CGM")))
			.isInstanceOf(StandRefusedException.class)
			.hasMessage("stand.refused.full");
		assertThatThrownBy(() -> this.stands.invite(id, invitedVersion, halioDx))
			.hasMessage("stand.refused.alreadyOnStand");
		// an institution is not a company to invite
		assertThatThrownBy(() -> this.stands.invite(id, invitedVersion, this.fixtures.events().people().amu()))
			.hasMessage("stand.refused.notAPartner");
		// a company not invited cannot join
		assertThatThrownBy(() -> this.stands.join(id, this.fixtures.liaison("CMA CGM", unique("cma"))))
			.hasMessage("stand.refused.notInvited");

		this.stands.join(id, second);
		// staff cannot decide while an invitation is unanswered
		PasserelleUser staff = this.fixtures.events().people().staff();
		Stand waiting = this.stands.stand(id);
		assertThatThrownBy(
				() -> this.stands.accept(id, waiting.getVersion(), StandFixtures.numbers(forum.event(), "A"), staff))
			.hasMessage("stand.refused.invitationsPending");
		this.stands.refuseInvitation(id, third);
		// equally between the two that joined: 300.00 each
		assertThat(this.stands.stand(id).payments()).extracting(Stand.Payment::amount)
			.containsExactly(Money.euros(30000), Money.euros(30000));
		Stand two = this.stands.stand(id);
		this.stands.changeSplit(id, two.getVersion(), Split.SHARES, Map.of(lead.getOrganisationId(), 2, halioDx, 1));
		assertThat(this.stands.stand(id).payments()).extracting(Stand.Payment::amount)
			.containsExactly(Money.euros(40000), Money.euros(20000));

		// a number missing at one site is refused, and nothing is taken
		Stand ready = this.stands.stand(id);
		Map<Long, String> oneMissing = StandFixtures.numbers(forum.event(), "A");
		oneMissing.put(forum.event().getSessions().get(1).getId(), " ");
		assertThatThrownBy(() -> this.stands.accept(id, ready.getVersion(), oneMissing, staff))
			.hasMessage("stand.refused.numberMissing");
		Stand accepted = this.stands.accept(id, ready.getVersion(), StandFixtures.numbers(forum.event(), "A12"), staff);
		assertThat(accepted.getStatus()).isEqualTo(StandStatus.ACCEPTED);
		assertThat(accepted.getPlacements()).extracting(StandPlacement::getNumber)
			.containsExactlyInAnyOrder("A12-M", "A12-A");
		assertThat(this.stands.taken(forum.event().getId()).get(forum.type().getId()).values()).containsOnly(1);
		// decided: nobody joins or changes it any more
		assertThatThrownBy(() -> this.stands.changeSplit(id, accepted.getVersion(), Split.EQUAL, Map.of()))
			.hasMessage("stand.refused.decided");

		MimeMessage toLead = mailTo(leadMail);
		assertThat(toLead.getSubject()).isEqualTo("Votre stand est accepté");
		assertThat(text(toLead)).contains("Bonjour", "Votre entreprise paie 400,00\u00a0€", "A12-M")
			.doesNotContain("Hello");
		assertThat(TestMailServer.html(toLead)).contains("lang=\"fr\"", "A12-M",
				"<a href=\"http://localhost:8080/stands/" + id + "\"");
		// the fixtures' contacts have no account: their mail is in French
		MimeMessage toSecond = mailTo(secondMail);
		assertThat(toSecond.getSubject()).isEqualTo("Votre stand est accepté");
		assertThat(text(toSecond)).contains("Votre entreprise paie 200,00\u00a0€");
	}

	@Test
	void aStandIsDeclinedWithAReasonTheCompanyReads() throws Exception {
		StandFixtures.Forum forum = this.fixtures.forum(true, 10);
		String contact = unique("alone");
		Stand stand = this.stands.apply(forum.event(), forum.type().getId(), false,
				this.fixtures.liaison("CMA CGM", contact));
		// a stand taken alone takes nobody else
		assertThatThrownBy(() -> this.stands.invite(stand.getId(), stand.getVersion(),
				this.fixtures.events().people().organisation("HalioDx")))
			.hasMessage("stand.refused.notShared");
		PasserelleUser staff = this.fixtures.events().people().staff();
		assertThatThrownBy(() -> this.stands.decline(stand.getId(), stand.getVersion(), "  ", staff))
			.hasMessage("stand.refused.reasonRequired");
		Stand declined = this.stands.decline(stand.getId(), stand.getVersion(), "Plus de stand d'angle", staff);
		assertThat(declined.getStatus()).isEqualTo(StandStatus.DECLINED);
		assertThat(text(mailTo(contact))).contains("Plus de stand d'angle");
		// and a declined stand takes no place
		assertThat(this.jdbc.sql("select count(*) from stand_stock where stand_type_id = :t")
			.param("t", forum.type().getId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aStandIsAppliedForAtAPublishedEventOnlyAndAnUnsharedTypeIsNotShared() {
		StandFixtures.Forum draft = this.fixtures.forum(false, 10);
		PasserelleUser liaison = this.fixtures.liaison("Provepharm", unique("draft"));
		assertThatThrownBy(() -> this.stands.apply(draft.event(), draft.type().getId(), false, liaison))
			.hasMessage("stand.refused.notPublished");
		StandFixtures.Forum forum = this.fixtures.forum(true, 10);
		StandType table = this.stands.addType(forum.event(),
				new StandTypeDetails("Table start-up", null, Money.euros(15000), 5, 1));
		assertThatThrownBy(() -> this.stands.apply(forum.event(), table.getId(), true, liaison))
			.hasMessage("stand.refused.typeNotShared");
		assertThatThrownBy(() -> this.stands.addType(forum.event(),
				new StandTypeDetails("Table start-up", null, Money.euros(100), 5, 1)))
			.hasMessage("stand.type.refused.nameTaken");
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@example.org";
	}

	private static String text(MimeMessage message) {
		return TestMailServer.text(message);
	}

	private static MimeMessage mailTo(String address) {
		return TestMailServer.firstMailTo(address);
	}

}
