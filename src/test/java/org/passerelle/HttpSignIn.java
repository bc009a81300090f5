package org.passerelle;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of a running portal over HTTP, for the tests that start it on a real
 * port: pages asked in French, the session cookie kept from one answer to the next, no
 * redirect followed.
 */
public final class HttpSignIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("PASSERELLE_SESSION=([^;]*)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String session;

	/**
	 * The session cookie's value, or {@code null} before the portal sets one.
	 */
	public String session() {
		return this.session;
	}

	public HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)));
	}

	public HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		request.header("Accept-Language", "fr");
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

	/**
	 * The CSRF token of a page's first form.
	 */
	public static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

}
