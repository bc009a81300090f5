package org.passerelle.report.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import org.passerelle.HttpSignIn;
import org.passerelle.StatementCounter;
import org.passerelle.TestClockConfiguration;
import org.passerelle.TestDatabaseConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The busiest pages of issue 13 on the real web server, counted in SQL statements (Spring
 * Session's included), once their reference data (pillars, institutions, filter choices)
 * is kept: the staff home, the figures, the events list and an event's page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, StatementCounter.Configuration.class })
class BusyPagesStatementCountTests {

	private static final Pattern EVENT_LINK = Pattern.compile("href=\"/events/([0-9]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private StatementCounter counter;

	private final HttpSignIn browser = new HttpSignIn();

	@BeforeEach
	void signIn() throws Exception {
		String csrf = HttpSignIn.csrf(get("/login").body());
		assertThat(this.browser
			.post("http://localhost:" + this.port + "/login",
					Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void busyPagesRunFewStatementsOnceTheirReferenceDataIsKept() throws Exception {
		Matcher event = EVENT_LINK.matcher(get("/events").body());
		assertThat(event.find()).isTrue();
		String eventPage = "/events/" + event.group(1);
		// the session's row, then: the next events, their sessions and collections (8),
		// the
		// conventions ending soon with parties, pillars and their names (4), my actions
		// (1), the stands and hosting requests to decide (2), the events' fill (1), the
		// conventions changed lately and their authors' names (2)
		assertThat(statementsOf("/")).hasSizeLessThanOrEqualTo(19);
		// the session's row and one query per figure (9)
		assertThat(statementsOf("/reports")).hasSizeLessThanOrEqualTo(10);
		// the session's row, the page of ids, the events, their sessions and collections
		// (7), the organisers' names
		assertThat(statementsOf("/events")).hasSizeLessThanOrEqualTo(10);
		// the session's row, the event, its collections (the sectors it is meant for
		// among them) and sessions with their programme (8), the organisers' names
		assertThat(statementsOf(eventPage)).hasSizeLessThanOrEqualTo(11);
	}

	/**
	 * The statements of the page asked for a second time (its reference data kept by the
	 * first), none of them reading reference data: pillars, institutions and their
	 * components, the events' labels and cities.
	 */
	private List<String> statementsOf(String page) throws Exception {
		assertThat(get(page).statusCode()).as(page).isEqualTo(200);
		HttpResponse<?>[] response = new HttpResponse<?>[1];
		List<String> statements = this.counter.statementsOf(() -> response[0] = get(page))
			.stream()
			.map((statement) -> statement.replaceAll("\\s+", " "))
			.toList();
		assertThat(response[0].statusCode()).as(page).isEqualTo(200);
		assertThat(statements).as(page)
			.noneMatch((statement) -> statement.contains(" from pillar ") || statement.contains("o1_0.parent_id=")
					|| statement.contains("distinct s1_0.city") || statement.contains("distinct l1_0.label")
					|| statement.matches(".* from organisation o1_0 where o1_0.active.*"));
		return statements;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.get("http://localhost:" + this.port + path);
	}

}
