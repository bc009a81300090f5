package org.passerelle.event.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

import org.passerelle.event.Event;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationStatus;
import org.passerelle.event.Session;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.web.HtmlPage;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;

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
	 * The page for this registration as {@link #VIEW} renders it from the request's model
	 * (the layout's) with the event, its session, whether the person waits and their
	 * address: kept for a visitor not signed in, rendered now for a person signed in
	 * (their name is in the navigation).
	 */
	HtmlPage page(Registration registration, @Nullable PasserelleUser reader, Map<String, ?> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Session session = registration.getSession();
		boolean waitlisted = registration.getStatus() == RegistrationStatus.WAITLISTED;
		Supplier<Made<Void, Map<String, ?>>> marked = () -> {
			Map<String, @Nullable Object> page = new HashMap<>(model);
			page.put("event", session.getEvent());
			page.put("eventSession", session);
			page.put("waitlisted", waitlisted);
			page.put("email", EMAIL_MARK);
			return new Made<>(null, page);
		};
		Made<Void, KeptHtml> made = (reader != null) ? this.kept.now(locale, request, response, marked)
				: this.kept.of(new Key(request.getRequestURI(), request.getQueryString(), waitlisted), locale, request,
						response, marked);
		String page = Objects.requireNonNull(made.part()).toString();
		return new HtmlPage(page.replace(EMAIL_MARK, HtmlEscape.escapeHtml4Xml(registration.getEmail())), locale);
	}

	/**
	 * What the page depends on besides the language and the address: the page's address
	 * (the session's, and the layout's links to it in the other languages) and what it
	 * tells.
	 */
	private record Key(String path, @Nullable String query, boolean waitlisted) {
	}

}
