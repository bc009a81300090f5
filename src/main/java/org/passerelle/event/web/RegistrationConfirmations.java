package org.passerelle.event.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.Session;
import org.passerelle.shared.web.HtmlPage;
import org.passerelle.shared.web.KeptViews;
import org.passerelle.shared.web.KeptViews.Made;

/**
 * The page that tells a visitor not signed in that their registration on the public form
 * is taken: the same for everyone registering on the same session and told the same (a
 * place held, or on the waitlist), in the same language, but for the address they typed.
 * It is rendered once per session, answer and language, with a mark where the address
 * goes, and kept until the event or a session is written, a minute at most
 * ({@link KeptViews}); each visitor's address, escaped, is put in place of the mark. When
 * registrations open, hundreds of visitors register at once, and this page's rendering
 * was a quarter of each registration's processor time on the request thread (issue 13).
 */
@Component
class RegistrationConfirmations {

	/** How many pages are kept at once (about 5 KB each). */
	static final int KEPT = 256;

	/** The template, rendered whole (with the layout). */
	static final String VIEW = "events/registered";

	/** Stands for the address in a kept page: unknown outside this instance. */
	static final String EMAIL_MARK = "kept-email-" + UUID.randomUUID();

	private final KeptViews<Key, Void> kept;

	RegistrationConfirmations(ThymeleafViewResolver views) {
		this.kept = new KeptViews<>(views, VIEW, KEPT, Event.class, Session.class);
	}

	/**
	 * The page for this registration as {@link #VIEW} renders it from this model (the
	 * layout's, the event, its session, whether the visitor waits, their address).
	 * @param sessionId the session registered for
	 * @param waitlisted whether the visitor is on the waitlist
	 * @param email the address they typed
	 * @param model the request's model, with the page's own attributes but the address
	 */
	HtmlPage page(long sessionId, boolean waitlisted, String email, Map<String, ?> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(sessionId, waitlisted, request.getRequestURI(), request.getQueryString());
		String page = this.kept.part(key, locale, request, response, () -> {
			Map<String, @Nullable Object> marked = new HashMap<>(model);
			marked.put("email", EMAIL_MARK);
			return marked;
		});
		return new HtmlPage(page.replace(EMAIL_MARK, HtmlEscape.escapeHtml4Xml(email)), locale);
	}

	/**
	 * What the page depends on besides the language and the address: the page's address
	 * (the layout's links to it in the other languages) and what it tells.
	 */
	private record Key(long sessionId, boolean waitlisted, String path, @Nullable String query) {
	}

}
