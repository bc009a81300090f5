package org.passerelle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's cookies carried from one MockMvc request to the next, as a browser does:
 * the session's (sessions live in the database, Spring Session, so a
 * {@code MockHttpSession} is not what the portal reads) and the CSRF token's. Use
 * {@code .with(session)} on each request and {@code .andDo(session)} on each result.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	/**
	 * The portal's session cookie, Spring Session's default name (which it keeps in a
	 * mock web environment: Spring Boot applies the server's cookie settings to an
	 * embedded server), and the CSRF token's cookie over plain HTTP.
	 */
	static final Set<String> NAMES = Set.of("PASSERELLE_SESSION", "SESSION", "passerelle-csrf");

	private final Map<String, Cookie> kept = new LinkedHashMap<>();

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (!this.kept.isEmpty()) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				cookies.addAll(Arrays.asList(request.getCookies()));
			}
			cookies.addAll(this.kept.values());
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		for (Cookie set : result.getResponse().getCookies()) {
			if (NAMES.contains(set.getName())) {
				if (set.getMaxAge() == 0) {
					this.kept.remove(set.getName());
				}
				else {
					this.kept.put(set.getName(), new Cookie(set.getName(), set.getValue()));
				}
			}
		}
	}

}
