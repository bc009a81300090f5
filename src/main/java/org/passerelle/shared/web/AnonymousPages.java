package org.passerelle.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.LeastRecentlyUsed;
import org.passerelle.shared.security.CsrfCookie;

/**
 * The public pages as anonymous visitors read them (the landing page, the events, an
 * event), rendered once for the address and the language and kept until this instance of
 * the portal writes any entity, or for a minute at most (another instance's writes, and
 * "today" moving on): every visitor without a session reads the same page, and a
 * registration's opening brings many of them at once (issue 13).
 * <p>
 * Only a visitor who is not signed in and has no session is served a kept page, and only
 * a page answered 200 that set no cookie, opened no session and showed no form (read no
 * CSRF token, {@link CsrfCookie#wasRead}) is kept: nothing of anyone's own is ever in
 * one. Runs after Spring Security, whose headers go on the kept pages as on the others.
 */
@Component
@Order(0)
class AnonymousPages extends OncePerRequestFilter {

	/** How long a page is kept at most. */
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** How many pages are kept at once (an address with its filters, in a language). */
	private static final int PAGES = 128;

	/** Larger pages are not kept. */
	private static final int LARGEST = 512 * 1024;

	/** The public pages kept: the landing page, the events' list and an event's page. */
	private static final Pattern KEPT = Pattern.compile("/|/events|/events/\\d+");

	private final LocaleResolver locales;

	private final Map<Key, Page> kept = new LeastRecentlyUsed<>(PAGES);

	AnonymousPages(LocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod())
				|| !KEPT.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!anonymous(request)) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		Key key = new Key(request.getRequestURI(), parameters(request), locale);
		long changes = KeptUntilChange.changes();
		long now = System.nanoTime();
		Page page;
		synchronized (this.kept) {
			page = this.kept.get(key);
		}
		if (page != null && page.changes() == changes && now - page.madeAt() < MAX_AGE.toNanos()) {
			page.writeTo(response, locale);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (keepable(request, rendering)) {
			Page rendered = new Page(rendering.getContentAsByteArray(), rendering.getContentType(), changes, now);
			synchronized (this.kept) {
				this.kept.put(key, rendered);
			}
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * The address's parameters in the order of their names (the page is the same), as the
	 * server read them.
	 */
	private static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return parameters;
	}

	/** Not signed in, and no session: nothing of the visitor's own on the page. */
	private static boolean anonymous(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken)
				&& request.getSession(false) == null;
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
		String type = rendering.getContentType();
		return rendering.getStatus() == HttpServletResponse.SC_OK && type != null
				&& MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(type))
				&& rendering.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null
				&& !CsrfCookie.wasRead(request) && rendering.getContentSize() <= LARGEST;
	}

	private record Key(String path, Map<String, List<String>> parameters, Locale locale) {
	}

	/**
	 * A page as it was rendered.
	 *
	 * @param body its bytes
	 * @param contentType its type and character set
	 * @param changes the entity writes counted when it was rendered
	 * @param madeAt when, in {@link System#nanoTime()}
	 */
	private record Page(byte[] body, String contentType, long changes, long madeAt) {

		void writeTo(HttpServletResponse response, Locale locale) throws IOException {
			response.setLocale(locale);
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

	}

}
