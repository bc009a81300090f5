package org.passerelle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's session cookie carried from one MockMvc request to the next, as a browser
 * does: sessions live in the database (Spring Session), so a {@code MockHttpSession} is
 * not what the portal reads. Use {@code .with(session)} on each request and
 * {@code .andDo(session)} on each result.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	/**
	 * The portal's cookie, and Spring Session's default name, which it keeps in a mock
	 * web environment (Spring Boot applies the server's cookie settings to an embedded
	 * server).
	 */
	static final Set<String> NAMES = Set.of("PASSERELLE_SESSION", "SESSION");

	private Cookie cookie;

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (this.cookie != null) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				cookies.addAll(Arrays.asList(request.getCookies()));
			}
			cookies.add(this.cookie);
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		for (Cookie set : result.getResponse().getCookies()) {
			if (NAMES.contains(set.getName())) {
				this.cookie = (set.getMaxAge() == 0) ? null : new Cookie(set.getName(), set.getValue());
			}
		}
	}

}
