package org.passerelle.shared.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.passerelle.shared.KeptPerKey;

/**
 * A template's fragment rendered once per key and language and kept as HTML until one of
 * the given entity types is written, a minute at most ({@link KeptPerKey}), with its
 * bytes; the page writes it with {@code pa:html} ({@link KeptHtml}). For a part of a page
 * that is the same for every reader of the same key (a list's filters and table: the key
 * holds what they depend on, the request's {@link #parameters} for instance), whose
 * rendering is most of the page's cost (issue 13). Nothing in the fragment may depend on
 * the reader beyond its key: no CSRF token, no permission not in the key.
 *
 * @param <K> what the fragment depends on besides the language, with value equality
 */
public final class KeptRenderings<K> {

	private final ITemplateEngine templates;

	private final String template;

	private final String fragment;

	private final KeptPerKey<Key<K>, KeptHtml> kept;

	/**
	 * @param templates the portal's template engine
	 * @param template the template that holds the fragment
	 * @param fragment the fragment's name ({@code th:fragment})
	 * @param capacity how many renderings are kept at once
	 * @param types the entities whose writes make the renderings stale
	 */
	public KeptRenderings(ITemplateEngine templates, String template, String fragment, int capacity,
			Class<?>... types) {
		this.templates = templates;
		this.template = template;
		this.fragment = fragment;
		this.kept = new KeptPerKey<>(capacity, Duration.ofMinutes(1), types);
	}

	/**
	 * The fragment's HTML for this key in this language, as kept, or rendered now from
	 * the variables made then.
	 */
	public KeptHtml of(K key, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Supplier<Map<String, @Nullable Object>> variables) {
		return this.kept.get(new Key<>(key, locale), () -> KeptHtml
			.of(render(this.templates, this.template, this.fragment, locale, request, response, variables.get())));
	}

	/**
	 * A template's fragment rendered now, in the request's web context (its links and
	 * parameters), in this language, from these variables only.
	 */
	public static String render(ITemplateEngine templates, String template, String fragment, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Map<String, @Nullable Object> variables) {
		JakartaServletWebApplication application = JakartaServletWebApplication
			.buildApplication(request.getServletContext());
		WebContext context = new WebContext(application.buildExchange(request, response), locale, variables);
		return templates.process(template, Set.of(fragment), context);
	}

	/**
	 * The request's parameters, by name, as a key's part: the query string of a page
	 * asked with GET, whatever the order of its parameters.
	 */
	public static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return Collections.unmodifiableMap(parameters);
	}

	private record Key<K>(K key, Locale locale) {
	}

}
