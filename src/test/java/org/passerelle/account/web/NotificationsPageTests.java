package org.passerelle.account.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.PostgresTest;
import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.account.NotificationTopic;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /account/notifications}: each person reads and changes their own choices, in
 * their language; a value that is not a choice is refused with the form kept.
 */
@PostgresTest
@AutoConfigureMockMvc
class NotificationsPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private NotificationPreferences preferences;

	@Test
	void aPersonChoosesADigestAndSeesTheirChoiceKept() throws Exception {
		PasserelleUser liaison = (PasserelleUser) this.users.loadUserByUsername("liaison@demo.passerelle");
		this.mvc.perform(get("/account/notifications").with(user(liaison)).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vos e-mails")))
			.andExpect(content().string(containsString("Récapitulatif hebdomadaire")))
			.andExpect(content().string(containsString("<legend")))
			.andExpect(content().string(not(containsString("??"))));
		this.mvc
			.perform(post("/account/notifications").with(user(liaison))
				.with(csrf())
				.param("choices[ACTIONS]", "WEEKLY")
				.param("choices[CONVENTIONS_ENDING]", "NONE")
				.param("choices[REGISTRATIONS]", "DAILY")
				.param("choices[HOSTING_DECISIONS]", "IMMEDIATE"))
			.andExpect(redirectedUrl("/account/notifications"))
			.andExpect(flash().attribute("success", "notifications.saved"));
		assertThat(this.preferences.of(liaison.getAccountId()))
			.containsEntry(NotificationTopic.ACTIONS, Delivery.WEEKLY)
			.containsEntry(NotificationTopic.CONVENTIONS_ENDING, Delivery.NONE)
			.containsEntry(NotificationTopic.REGISTRATIONS, Delivery.DAILY)
			.containsEntry(NotificationTopic.HOSTING_DECISIONS, Delivery.IMMEDIATE);
		this.mvc.perform(get("/account/notifications").with(user(liaison)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("value=\"WEEKLY\" checked=\"checked\"")));
	}

	@Test
	void aValueThatIsNotAChoiceIsRefusedAndNothingIsWritten() throws Exception {
		PasserelleUser staff = (PasserelleUser) this.users.loadUserByUsername("staff@demo.passerelle");
		this.mvc
			.perform(post("/account/notifications").with(user(staff))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("choices[ACTIONS]", "HOURLY")
				.param("choices[CONVENTIONS_ENDING]", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		assertThat(this.preferences.of(staff.getAccountId())).containsEntry(NotificationTopic.CONVENTIONS_ENDING,
				Delivery.IMMEDIATE);
	}

	@Test
	void visitorsAreAskedToSignIn() throws Exception {
		this.mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection());
	}

}
