package org.passerelle.shared.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF token's cookie: its attributes, and over HTTPS a name that only this host may
 * set.
 */
class CsrfCookieTests {

	private final CsrfCookie cookies = new CsrfCookie();

	@Test
	void overHttpsTheTokenIsSavedInASecureHostOnlyCookie() {
		MockHttpServletRequest request = request(true);
		MockHttpServletResponse response = new MockHttpServletResponse();
		CsrfToken token = this.cookies.generateToken(request);

		this.cookies.saveToken(token, request, response);

		assertThat(response.getCookies()).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("__Host-passerelle-csrf");
			assertThat(cookie.getValue()).isEqualTo(token.getToken());
			assertThat(cookie.getPath()).isEqualTo("/");
			assertThat(cookie.getSecure()).isTrue();
			assertThat(cookie.isHttpOnly()).isTrue();
			assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
			assertThat(cookie.getDomain()).isNull();
			assertThat(cookie.getMaxAge()).as("until the browser closes").isEqualTo(-1);
		});
		assertThat(token.getHeaderName()).isEqualTo("X-CSRF-TOKEN");
		assertThat(token.getParameterName()).isEqualTo("_csrf");
	}

	@Test
	void overHttpsOnlyTheHostOnlyCookieIsRead() {
		MockHttpServletRequest request = request(true);
		request.setCookies(new Cookie(CsrfCookie.NAME, "planted"));
		assertThat(this.cookies.loadToken(request)).isNull();

		request.setCookies(new Cookie(CsrfCookie.NAME, "planted"), new Cookie(CsrfCookie.SECURE_NAME, "own"));
		assertThat(this.cookies.loadToken(request)).extracting(CsrfToken::getToken).isEqualTo("own");
	}

	@Test
	void overPlainHttpTheCookieIsNotSecure() {
		MockHttpServletRequest request = request(false);
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.cookies.saveToken(this.cookies.generateToken(request), request, response);

		assertThat(response.getCookies()).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("passerelle-csrf");
			assertThat(cookie.getPath()).isEqualTo("/");
			assertThat(cookie.getSecure()).isFalse();
			assertThat(cookie.isHttpOnly()).isTrue();
			assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		});
		request.setCookies(new Cookie(CsrfCookie.NAME, "own"));
		assertThat(this.cookies.loadToken(request)).extracting(CsrfToken::getToken).isEqualTo("own");
	}

	@Test
	void aTokenRemovedOnSigningInOrOutEmptiesTheCookieAndIsNoLongerRead() {
		MockHttpServletRequest request = request(true);
		request.setCookies(new Cookie(CsrfCookie.SECURE_NAME, "before"));
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.cookies.saveToken(null, request, response);

		assertThat(response.getCookies()).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("__Host-passerelle-csrf");
			assertThat(cookie.getValue()).isEmpty();
			assertThat(cookie.getMaxAge()).isZero();
		});
		assertThat(this.cookies.loadToken(request)).isNull();
	}

	private static MockHttpServletRequest request(boolean secure) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
		request.setSecure(secure);
		request.setScheme(secure ? "https" : "http");
		return request;
	}

}
