package org.passerelle.shared.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.passerelle.PasserelleApplication;
import org.passerelle.TestDatabaseConfiguration;
import org.passerelle.TestDatabaseConfiguration.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one database, as behind a load balancer: a person signs
 * in on the first and carries on on the second (pages, a form with its CSRF token, the
 * flash message after it), because sessions live in PostgreSQL.
 */
class SessionsAcrossInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("PASSERELLE_SESSION=([^;]+)");

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String session;

	@BeforeAll
	static void startTwoInstances() {
		TestDatabase database = TestDatabaseConfiguration.standaloneDatabase();
		first = start(database);
		second = start(database);
	}

	@AfterAll
	static void stopThem() {
		second.close();
		first.close();
	}

	@Test
	void aPersonSignedInOnOneInstanceCarriesOnOnTheOther() throws Exception {
		String signInPage = get(first, "/login").body();
		HttpResponse<String> signedIn = post(first, "/login",
				Map.of("email", "staff@demo.passerelle", "password", "passerelle-demo", "_csrf", csrf(signInPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue(url(first, "/"));

		// 256 random bits, not a UUID's 122
		String id = new String(Base64.getDecoder().decode(this.session), StandardCharsets.US_ASCII);
		assertThat(id).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(signedIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));

		HttpResponse<String> form = get(second, "/account/password");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Sophie Martin");

		String newPassword = "a new password, changed on the second instance";
		HttpResponse<String> refused = post(second, "/account/password",
				Map.of("currentPassword", "passerelle-demo", "newPassword", newPassword, "confirmation", newPassword));
		assertThat(refused.statusCode()).isEqualTo(403);

		HttpResponse<String> changed = post(second, "/account/password", Map.of("currentPassword", "passerelle-demo",
				"newPassword", newPassword, "confirmation", newPassword, "_csrf", csrf(form.body())));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(get(first, "/").body()).contains("Votre mot de passe a été changé.");

		String hash = first.getBean(JdbcTemplate.class)
			.queryForObject("select password_hash from account where email = 'staff@demo.passerelle'", String.class);
		assertThat(hash).startsWith("{" + SecurityConfiguration.CURRENT_HASH + "}");
		assertThat(second.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
			.matches(newPassword, hash)).isTrue();
	}

	private static ConfigurableApplicationContext start(TestDatabase database) {
		return SpringApplication.run(PasserelleApplication.class, "--server.port=0",
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--passerelle.demo.enabled=true");
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(instance, path)))
			.header("Accept-Language", "fr");
		return send(request);
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(instance, path)))
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (this.session != null) {
			request.header("Cookie", "PASSERELLE_SESSION=" + this.session);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.find() && !matcher.group(1).isEmpty()) {
				this.session = matcher.group(1);
			}
		}
		return response;
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String url(ConfigurableApplicationContext instance, String path) {
		return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort() + path;
	}

}
