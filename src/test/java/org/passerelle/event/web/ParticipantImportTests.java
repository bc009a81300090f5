package org.passerelle.event.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.passerelle.PostgresTest;
import org.passerelle.SessionCookie;
import org.passerelle.StatementCounter;
import org.passerelle.event.Event;
import org.passerelle.event.EventFixtures;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff import a session's participants from a CSV file: upload, mapping (suggested from
 * the headers), preview, then all rows or none; beyond the places left, the waitlist in
 * file order, shown in the preview. The preview asks for the file's addresses at once,
 * whatever its length.
 */
@PostgresTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class ParticipantImportTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private EventFixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter counter;

	private final SessionCookie session = new SessionCookie();

	private String token;

	@Test
	void aGoodFileRegistersEveryRowWithAPlace() throws Exception {
		Event event = this.fixtures.published("Import", this.fixtures.people().amu(), 10);
		long sessionId = this.fixtures.sessionOf(event);
		String tag = tag();
		String file = "Prénom;Nom;Courriel;Langue\nZoé;Martin;zoe-" + tag + "@etu.example.org;fr\n" + "Liam;Smith;liam-"
				+ tag + "@etu.example.org;en\n";
		String preview = preview(event, sessionId, file);
		assertThat(preview).contains("Zoé Martin").contains("Liam Smith").contains("With a place: 2 (places left: 10)");
		assertThat(preview).as("its three steps").contains("3. Check and confirm").doesNotContain("4. ");
		confirm(event, sessionId);
		assertThat(registered(tag)).containsExactly("Zoé Martin CONFIRMED en=false", "Liam Smith CONFIRMED en=true");
	}

	@Test
	void aFileWithErrorsWritesNothingAndSaysWhichRowsAreWrong() throws Exception {
		Event event = this.fixtures.published("Import erreurs", this.fixtures.people().amu(), 10);
		long sessionId = this.fixtures.sessionOf(event);
		String tag = tag();
		String file = "Nom complet,E-mail\nZoé Martin,zoe-" + tag + "@etu.example.org\n,nobody-" + tag
				+ "@etu.example.org\nAda Lovelace,not-an-address\nZoé Twice,ZOE-" + tag + "@etu.example.org\n";
		String preview = preview(event, sessionId, file);
		assertThat(preview).contains("Line 3: the name is missing.")
			.contains("Line 4: the e-mail address is not valid.")
			.contains("Line 5: this e-mail address is on an earlier line of the file.")
			.contains("3 with errors")
			.doesNotContain("/confirm\"");
		this.mvc
			.perform(post(base(event, sessionId) + "/" + token() + "/confirm").with(this.session)
				.with(user(staff()))
				.with(csrf()))
			.andDo(this.session)
			.andExpect(flash().attribute("error", "event.import.refused.errors"));
		assertThat(registered(tag)).isEmpty();
	}

	@Test
	void beyondThePlacesLeftRowsGoToTheWaitlistInFileOrder() throws Exception {
		Event event = this.fixtures.published("Import complet", this.fixtures.people().amu(), 2);
		long sessionId = this.fixtures.sessionOf(event);
		String tag = tag();
		StringBuilder file = new StringBuilder("name;email\n");
		for (String name : List.of("Anna", "Bruno", "Chloé", "David")) {
			file.append(name).append(";").append(name.toLowerCase()).append("-").append(tag).append("@example.org\n");
		}
		String preview = preview(event, sessionId, file.toString());
		assertThat(preview).contains("With a place: 2 (places left: 2)")
			.contains("On the waitlist: 2")
			.contains("Waitlist, rank 1")
			.contains("Waitlist, rank 2");
		assertThat(preview.indexOf("Waitlist, rank 1")).isLessThan(preview.indexOf("Waitlist, rank 2"));
		assertThat(preview.indexOf("Chloé")).isLessThan(preview.indexOf("Waitlist, rank 1"));
		confirm(event, sessionId);
		assertThat(registered(tag)).containsExactly("Anna CONFIRMED en=false", "Bruno CONFIRMED en=false",
				"Chloé WAITLISTED en=false", "David WAITLISTED en=false");
		assertThat(this.jdbc.sql("select places_taken from event_session where id = ?")
			.param(sessionId)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void thePreviewAsksWhetherTheFilesAddressesAreRegisteredAllAtOnce() throws Exception {
		Event event = this.fixtures.published("Import compté", this.fixtures.people().amu(), 50);
		long sessionId = this.fixtures.sessionOf(event);
		String tag = tag();
		preview(event, sessionId, "name;email\nAna;ana-" + tag + "@example.org\n");
		confirm(event, sessionId);

		String again = "name;email\nAna;ANA-" + tag + "@example.org\nBruno;bruno-" + tag + "@example.org\n";
		String shortFile = previewUrl(event, sessionId, again);
		List<String> shortPreview = this.counter.statementsOf(() -> page(shortFile));
		assertThat(page(shortFile)).contains("Line 2: this e-mail address is registered to the session already.")
			.contains("1 with errors");
		StringBuilder longer = new StringBuilder(again);
		for (int i = 0; i < 30; i++) {
			longer.append("Participant ")
				.append(i)
				.append(";p")
				.append(i)
				.append("-")
				.append(tag)
				.append("@example.org\n");
		}
		String longFile = previewUrl(event, sessionId, longer.toString());
		List<String> longPreview = this.counter.statementsOf(() -> page(longFile));

		assertThat(longPreview).hasSameSizeAs(shortPreview)
			.filteredOn((sql) -> sql.contains("from event_registration"))
			.hasSize(2)
			.anySatisfy((sql) -> assertThat(sql).contains("unnest"))
			.anySatisfy((sql) -> assertThat(sql).contains("count("));
	}

	@Test
	void anUnreadableFileIsExplainedOnTheUploadPage() throws Exception {
		Event event = this.fixtures.published("Import vide", this.fixtures.people().amu(), 2);
		this.mvc
			.perform(multipart(base(event, this.fixtures.sessionOf(event)))
				.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
				.with(user(staff()))
				.header("Accept-Language", "en")
				.with(csrf()))
			.andDo(this.session)
			.andExpect(status().isOk())
			.andDo(this.session)
			.andExpect(content().string(containsString("This file cannot be imported.")))
			.andDo(this.session)
			.andExpect(content().string(not(containsString("/mapping"))));
	}

	private String preview(Event event, long sessionId, String csv) throws Exception {
		return page(previewUrl(event, sessionId, csv));
	}

	/** Uploads the file and takes the suggested mapping: the address of the preview. */
	private String previewUrl(Event event, long sessionId, String csv) throws Exception {
		MvcResult uploaded = this.mvc
			.perform(
					multipart(base(event, sessionId))
						.file(new MockMultipartFile("file", "participants.csv", "text/csv",
								csv.getBytes(StandardCharsets.UTF_8)))
						.with(this.session)
						.with(user(staff()))
						.with(csrf()))
			.andDo(this.session)
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String mapping = uploaded.getResponse().getRedirectedUrl();
		assertThat(mapping).endsWith("/mapping");
		this.token = mapping.replaceAll(".*/import/([^/]+)/mapping$", "$1");
		// the suggested mapping, as the page offers it
		String page = this.mvc.perform(get(mapping).with(this.session).with(user(staff())))
			.andDo(this.session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> fields = java.util.regex.Pattern.compile("<option value=\"([A-Z_]+)\" selected")
			.matcher(page)
			.results()
			.map((m) -> m.group(1))
			.toList();
		var request = post(mapping).with(this.session).with(user(staff())).with(csrf());
		fields.forEach((f) -> request.param("fields", f));
		return this.mvc.perform(request)
			.andDo(this.session)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.session).with(user(staff())).header("Accept-Language", "en"))
			.andDo(this.session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void confirm(Event event, long sessionId) throws Exception {
		this.mvc
			.perform(post(base(event, sessionId) + "/" + token() + "/confirm").with(this.session)
				.with(user(staff()))
				.with(csrf()))
			.andDo(this.session)
			.andExpect(flash().attribute("success", "event.import.done"));
	}

	private String token() {
		return this.token;
	}

	private List<String> registered(String tag) {
		return this.jdbc
			.sql("select name || ' ' || status || ' en=' || (language = 'en') from event_registration"
					+ " where email like ? order by id")
			.param("%-" + tag + "@%")
			.query(String.class)
			.list();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String base(Event event, long sessionId) {
		return "/events/" + event.getId() + "/sessions/" + sessionId + "/import";
	}

	private PasserelleUser staff() {
		return this.fixtures.people().staff();
	}

}
