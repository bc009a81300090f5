package org.passerelle.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.passerelle.HttpSignIn;
import org.passerelle.StatementCounter;
import org.passerelle.TestClockConfiguration;
import org.passerelle.TestDatabaseConfiguration;
import org.passerelle.shared.KeptUntilChange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * On the real web server: anonymous visitors are served the public pages as kept until an
 * entity is written, with the security headers and without a statement; signed-in people
 * and visitors with a session always get theirs rendered anew; each language has its own
 * page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, StatementCounter.Configuration.class })
class AnonymousPagesTests {

	private static final String CHANGED = "Titre changé sans que Hibernate le voie";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementCounter counter;

	private long event;

	private String title;

	@BeforeEach
	void aPublishedEvent() {
		this.event = this.jdbc.sql("select id from event where status = 'PUBLISHED' order by id limit 1")
			.query(Long.class)
			.single();
		this.title = this.jdbc.sql("select title_fr from event where id = ?")
			.param(this.event)
			.query(String.class)
			.single();
	}

	@AfterEach
	void restoreTheTitle() {
		retitle(this.title);
		KeptUntilChange.written(Object.class);
	}

	@Test
	void visitorsConnectingTogetherWaitInTheServersQueueInsteadOfBeingDropped(
			@Autowired WebServerApplicationContext context) {
		// Tomcat's default of 100 overflowed when 500 visitors connected at once: the
		// kernel dropped the connections beyond it, and their browsers tried again a
		// second later (issue 13, docs/performance.md)
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("acceptCount")).isEqualTo(1024);
	}

	@Test
	void theBuffersOfClosedConnectionsAreKeptForTheNextOnes(@Autowired WebServerApplicationContext context) {
		// with a heap of 2 GB or less Tomcat keeps none by default: each connection of a
		// burst allocated its own, which were promoted (ConnectionBuffers)
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.bufferPool")).isEqualTo(String.valueOf(ConnectionBuffers.KEPT));
	}

	@Test
	void aKeptPageIsServedToVisitorsUntilAnEntityIsWritten() throws Exception {
		// a title changed by SQL alone is not counted as a write: the visitor is served
		// the
		// page kept before it, without a statement (tried again if something else
		// happened
		// to be written in between)
		HttpResponse<String> served = null;
		List<String> statements = null;
		for (int attempt = 0; attempt < 5 && served == null; attempt++) {
			retitle(this.title);
			KeptUntilChange.written(Object.class);
			assertThat(anonymous("/events/" + this.event, "fr").body()).contains(this.title);
			long changes = KeptUntilChange.changes();
			retitle(CHANGED);
			HttpResponse<?>[] response = new HttpResponse<?>[1];
			List<String> run = this.counter.statementsOf(() -> response[0] = anonymous("/events/" + this.event, "fr"));
			if (KeptUntilChange.changes() == changes) {
				served = cast(response[0]);
				statements = run;
			}
		}
		if (served == null) {
			fail("Entities were written during each of five attempts");
		}
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains(this.title).doesNotContain(CHANGED);
		assertThat(statements).isEmpty();
		assertThat(served.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy).startsWith("default-src 'self'"));
		assertThat(served.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(served.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(served.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");

		// a visitor who asked for a page that needs signing in has a session (the page to
		// go back to), and a signed-in person theirs: their page is made for them, their
		// session read, not served from the visitors' pages (the event's part of it is
		// kept for every visitor alike, EventPages, until a write: it still shows the
		// title before)
		HttpSignIn visitor = new HttpSignIn();
		assertThat(visitor.get(url("/organisations")).statusCode()).isEqualTo(302);
		assertThat(visitor.session()).isNotNull();
		HttpSignIn staff = signedIn();
		for (HttpSignIn person : List.of(visitor, staff)) {
			List<String> made = this.counter.statementsOf(() -> person.get(url("/events/" + this.event)));
			assertThat(made).anySatisfy((sql) -> assertThat(sql).containsIgnoringCase("from spring_session"));
		}

		KeptUntilChange.written(Object.class);
		assertThat(anonymous("/events/" + this.event, "fr").body()).contains(CHANGED);
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		assertThat(anonymous("/events", "en").body()).contains("Upcoming").doesNotContain("À venir");
		assertThat(anonymous("/events", "fr").body()).contains("À venir").doesNotContain("Upcoming");
		assertThat(anonymous("/events", "en").body()).contains("Upcoming");
		assertThat(anonymous("/events", "en").headers().firstValue("Content-Language")).hasValue("en");
	}

	@Test
	void signedInPeopleAreNeverServedAVisitorsPage() throws Exception {
		assertThat(anonymous("/", "fr").body()).doesNotContain("Se déconnecter");
		assertThat(signedIn().get(url("/")).body()).contains("Se déconnecter").contains("Sophie Martin");
		assertThat(anonymous("/", "fr").body()).doesNotContain("Se déconnecter");
	}

	private HttpSignIn signedIn() throws IOException, InterruptedException {
		HttpSignIn staff = new HttpSignIn();
		String csrf = HttpSignIn.csrf(staff.get(url("/login")).body());
		assertThat(staff
			.post(url("/login"), Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		return staff;
	}

	/** As a visitor without a cookie. */
	private HttpResponse<String> anonymous(String path, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language).build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
		return response;
	}

	@SuppressWarnings("unchecked")
	private static HttpResponse<String> cast(HttpResponse<?> response) {
		return (HttpResponse<String>) response;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void retitle(String title) {
		this.jdbc.sql("update event set title_fr = ? where id = ?").param(title).param(this.event).update();
	}

}
