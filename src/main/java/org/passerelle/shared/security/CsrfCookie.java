package org.passerelle.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Where a visitor's CSRF token is kept: in a cookie of its own rather than in their
 * session, so that a visitor who opens a form without being signed in (the public
 * registration form, the sign-in page) costs no session row in PostgreSQL, and a form
 * sent costs no read of one (issue 13: every anonymous visitor who opened a registration
 * form had a session row for the token alone, and each registration read it back).
 * <p>
 * The token is Spring Security's: a random value in the cookie, sent masked in each form
 * ({@code XorCsrfTokenRequestAttributeHandler}, so that it differs on every page), and
 * checked against the cookie when the form comes back. The cookie is HttpOnly and
 * SameSite=Lax; over HTTPS it is named with the {@code __Host-} prefix, which browsers
 * only accept from this very host, secure, for the whole site: a neighbouring host of the
 * same domain (another site of the university) cannot plant a token of its choosing.
 * Signing in and out removes the token; the next form gets a new one.
 * <p>
 * Spring Security reads the token only when a page shows a form or a form is sent;
 * {@link #wasRead} tells whether a request did: a page that holds the visitor's token is
 * theirs alone ({@code AnonymousPages} does not keep it for other visitors).
 */
public final class CsrfCookie implements CsrfTokenRepository {

	/** The cookie's name over HTTPS. */
	static final String SECURE_NAME = "__Host-passerelle-csrf";

	/** The cookie's name over plain HTTP (a machine of one's own, a test). */
	static final String NAME = "passerelle-csrf";

	/** The header a script may send the token in (the passkeys' page does). */
	static final String HEADER = "X-CSRF-TOKEN";

	private static final String READ = CsrfCookie.class.getName() + ".READ";

	private final CookieCsrfTokenRepository secure = repository(SECURE_NAME);

	private final CookieCsrfTokenRepository plain = repository(NAME);

	private static CookieCsrfTokenRepository repository(String name) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(name);
		repository.setHeaderName(HEADER);
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.httpOnly(true).sameSite("Lax"));
		return repository;
	}

	/**
	 * Whether the request read or made the visitor's CSRF token (to show it in a form or
	 * check a form sent).
	 */
	public static boolean wasRead(HttpServletRequest request) {
		return request.getAttribute(READ) != null;
	}

	private CsrfTokenRepository of(HttpServletRequest request) {
		request.setAttribute(READ, Boolean.TRUE);
		return request.isSecure() ? this.secure : this.plain;
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return of(request).generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		of(request).saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return of(request).loadToken(request);
	}

}
