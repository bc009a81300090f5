package org.passerelle.shared.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * What a signed-in person's session (Spring Session JDBC, in PostgreSQL) costs a request
 * on the real web server, counted in SQL statements: nothing for an asset, which still
 * carries the security headers, and no write for a page when nothing in the session
 * changed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, StatementCounter.Configuration.class })
class SessionCostTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/passerelle-[0-9a-f]+\\.css)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private StatementCounter counter;

	private final HttpSignIn browser = new HttpSignIn();

	private String stylesheet;

	@BeforeEach
	void signIn() throws Exception {
		String csrf = HttpSignIn.csrf(get("/login").body());
		assertThat(this.browser
			.post("http://localhost:" + this.port + "/login",
					Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		String home = get("/").body();
		assertThat(home).contains("Sophie Martin");
		Matcher link = STYLESHEET.matcher(home);
		assertThat(link.find()).isTrue();
		this.stylesheet = link.group(1);
	}

	@Test
	void anAssetRequestedWithASessionCookieRunsNoSqlAndKeepsTheSecurityHeaders() throws Exception {
		for (String asset : List.of(this.stylesheet, "/images/favicon.svg",
				"/webjars/bootstrap/css/bootstrap.min.css")) {
			HttpResponse<?>[] response = new HttpResponse<?>[1];
			List<String> statements = this.counter.statementsOf(() -> response[0] = get(asset));
			assertThat(response[0].statusCode()).as(asset).isEqualTo(200);
			assertThat(statements).as(asset).isEmpty();
			assertThat(response[0].headers().firstValue("X-Content-Type-Options")).as(asset).hasValue("nosniff");
			assertThat(response[0].headers().firstValue("Content-Security-Policy")).as(asset)
				.hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(response[0].headers().firstValue("X-Frame-Options")).as(asset).hasValue("DENY");
			assertThat(response[0].headers().allValues("Set-Cookie")).as(asset).isEmpty();
		}
		assertThat(get(this.stylesheet).headers().firstValue("Cache-Control"))
			.hasValue("max-age=31536000, public, immutable");
		assertThat(get("/").body()).as("still signed in").contains("Sophie Martin");
	}

	@Test
	void aPageReadsTheSessionOnceAndDoesNotWriteItBackWhenNothingChanged() throws Exception {
		get("/account/password");
		HttpResponse<?>[] response = new HttpResponse<?>[1];
		List<String> statements = this.counter.statementsOf(() -> response[0] = get("/account/password"));
		assertThat(response[0].statusCode()).isEqualTo(200);
		assertThat((String) response[0].body()).contains("Sophie Martin");
		List<String> sessionStatements = sessionStatements(statements);
		assertThat(sessionStatements).as(String.join("\n", statements)).hasSize(1);
		assertThat(this.counter.autoCommitted()).as("read in no transaction: no begin, no commit")
			.containsAll(sessionStatements);
	}

	@Test
	void aFormOpenedWithoutSigningInOpensNoSessionAndItsTokenIsTheVisitorsOwn() throws Exception {
		HttpSignIn visitor = new HttpSignIn();
		HttpResponse<?>[] response = new HttpResponse<?>[1];
		List<String> statements = this.counter
			.statementsOf(() -> response[0] = visitor.get("http://localhost:" + this.port + "/login"));
		assertThat(response[0].statusCode()).isEqualTo(200);
		String token = HttpSignIn.csrf((String) response[0].body());
		assertThat(sessionStatements(statements)).as(String.join("\n", statements)).isEmpty();
		assertThat(visitor.session()).isNull();
		assertThat(response[0].headers().allValues("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith(CsrfCookie.NAME + "=")
				.contains("Path=/", "HttpOnly", "SameSite=Lax")
				.doesNotContain("Secure"));

		// another visitor's token is refused with this visitor's cookie, and with none
		HttpSignIn other = new HttpSignIn();
		String othersToken = HttpSignIn.csrf(other.get("http://localhost:" + this.port + "/login").body());
		Map<String, String> signIn = Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo");
		assertThat(signIn(visitor, signIn, othersToken).statusCode()).isEqualTo(403);
		assertThat(signIn(new HttpSignIn(), signIn, token).statusCode()).isEqualTo(403);
		assertThat(visitor.session()).isNull();

		// its own is accepted: signed in, in a session written in one transaction; the
		// token is replaced
		String anonymousToken = visitor.cookie(CsrfCookie.NAME);
		assertThat(anonymousToken).isNotNull();
		statements = this.counter.statementsOf(() -> response[0] = signIn(visitor, signIn, token));
		assertThat(response[0].statusCode()).isEqualTo(302);
		assertThat(response[0].headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		assertThat(visitor.session()).isNotNull();
		assertThat(visitor.cookie(CsrfCookie.NAME)).as("the visitor's token, removed at sign-in").isNull();
		List<String> writes = sessionStatements(statements).stream()
			.filter((statement) -> !statement.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT"))
			.toList();
		assertThat(writes).as("the session and its security context: " + String.join("\n", statements))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(this.counter.autoCommitted()).as("written together").doesNotContainAnyElementsOf(writes);
		// the next form (signing out, on the home page) gets a token of its own
		assertThat(visitor.get("http://localhost:" + this.port + "/").body()).contains("Sophie Martin");
		assertThat(visitor.cookie(CsrfCookie.NAME)).isNotNull().isNotEqualTo(anonymousToken);
	}

	@Test
	void aVisitorsSessionIsReplacedAtSignIn() throws Exception {
		HttpSignIn visitor = new HttpSignIn();
		// a page that needs signing in keeps itself in a session, to go back to
		assertThat(visitor.get("http://localhost:" + this.port + "/organisations").statusCode()).isEqualTo(302);
		String before = visitor.session();
		assertThat(before).isNotNull();
		String token = HttpSignIn.csrf(visitor.get("http://localhost:" + this.port + "/login").body());

		assertThat(signIn(visitor, Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo"), token)
			.headers()
			.firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/organisations?continue"));
		assertThat(visitor.session()).isNotNull().isNotEqualTo(before);
	}

	private HttpResponse<String> signIn(HttpSignIn visitor, Map<String, String> form, String token)
			throws IOException, InterruptedException {
		Map<String, String> sent = new HashMap<>(form);
		sent.put("_csrf", token);
		return visitor.post("http://localhost:" + this.port + "/login", sent);
	}

	/** Those of the statements that read or write Spring Session's tables. */
	private static List<String> sessionStatements(List<String> statements) {
		return statements.stream()
			.filter((statement) -> statement.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
			.toList();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.get("http://localhost:" + this.port + path);
	}

}
