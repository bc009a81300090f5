package org.passerelle.shared.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.passerelle.HttpSignIn;
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

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpSignIn browser = new HttpSignIn();

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
		HttpResponse<String> signedIn = post(first, "/login", Map.of("email", "staff@demo.passerelle", "password",
				"passerelle-demo", "_csrf", HttpSignIn.csrf(signInPage)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValue(url(first, "/"));

		// 256 random bits, not a UUID's 122
		String id = new String(Base64.getDecoder().decode(this.browser.session()), StandardCharsets.US_ASCII);
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
				"newPassword", newPassword, "confirmation", newPassword, "_csrf", HttpSignIn.csrf(form.body())));
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
		return this.browser.get(url(instance, path));
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		return this.browser.post(url(instance, path), form);
	}

	private static String url(ConfigurableApplicationContext instance, String path) {
		return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort() + path;
	}

}
