package org.passerelle.convention;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.passerelle.PostgresTest;
import org.passerelle.TestMailServer;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The owner of an action due within a week is mailed once, through the scheduled path and
 * the event publication registry; again only if the due date moves; never the owner of a
 * finished action, nor anyone for an action carried by someone outside the portal.
 */
@PostgresTest
class ActionRemindersTests {

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Autowired
	private NotificationPreferences preferences;

	@Autowired
	private ActionReminders reminders;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private ConventionService service;

	@Autowired
	private Conventions conventions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theOwnerIsRemindedOncePerDueDateThroughTheScheduledPath() throws Exception {
		LocalDate today = this.conventions.today();
		Convention convention = this.fixtures.draft("Reminders " + ConventionFixtures.uniqueReference("R"),
				Confidentiality.INTERNAL, "Provepharm");
		this.fixtures.withPillars(convention.getId(), "Training");
		long axis = this.service.forEditing(convention.getId(), admin()).getAxes().get(0).getId();
		PasserelleUser liaison = this.fixtures.liaison();
		this.preferences.speaks(liaison.getAccountId(), Locale.ENGLISH, false);
		String what = "Send the internship offers " + ConventionFixtures.uniqueReference("W");
		Action due = this.service.addAction(convention.getId(), axis,
				new ActionDetails(what, null, today.plusDays(3), ActionStatus.PLANNED, null, liaison.getAccountId()),
				admin());
		this.service.addAction(convention.getId(), axis, new ActionDetails(what + " (outside)", "Someone outside",
				today.plusDays(3), ActionStatus.PLANNED, null), admin());
		this.service.addAction(convention.getId(), axis, new ActionDetails(what + " (done)", null, today.plusDays(3),
				ActionStatus.DONE, null, liaison.getAccountId()), admin());
		this.service.addAction(convention.getId(), axis, new ActionDetails(what + " (later)", null, today.plusDays(30),
				ActionStatus.PLANNED, null, liaison.getAccountId()), admin());

		releaseLock();
		this.reminders.scheduledRun();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(what)).hasSize(1));
		MimeMessage message = about(what).get(0);
		assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly(liaison.getEmail());
		assertThat(TestMailServer.text(message))
			.contains("You carry the action", "/conventions/" + convention.getId() + "/actions/" + due.getId())
			.doesNotContain("Vous portez");
		assertThat(TestMailServer.html(message)).contains("lang=\"en\"",
				"<a href=\"http://localhost:8080/conventions/" + convention.getId() + "/actions/" + due.getId() + "\"");

		releaseLock();
		this.reminders.scheduledRun();
		Thread.sleep(1000);
		assertThat(about(what)).hasSize(1);

		Action reloaded = this.service.forEditing(convention.getId(), admin()).action(due.getId());
		this.service.changeAction(convention.getId(), due.getId(), reloaded.getVersion(), new ActionDetails(what, null,
				today.plusDays(5), ActionStatus.IN_PROGRESS, null, liaison.getAccountId()), admin());
		releaseLock();
		this.reminders.scheduledRun();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(about(what)).hasSize(2));
	}

	private List<MimeMessage> about(String what) {
		return TestMailServer.about(what)
			.stream()
			.filter((message) -> !TestMailServer.subject(message).contains(what + " ("))
			.toList();
	}

	private void releaseLock() {
		this.jdbc.update("update shedlock set lock_until = timezone('utc', current_timestamp) - interval '1 second'"
				+ " where name = 'convention-action-reminders'");
	}

	private PasserelleUser admin() {
		return this.fixtures.admin();
	}

}
