package org.passerelle.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: links that switch the language while staying on
 * the same page (filters included).
 */
@ControllerAdvice
class LayoutAdvice {

	private static final PageLinks PAGE_LINKS = new PageLinks();

	/** Links to the other pages of a paged list, for the pagination fragment. */
	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return PAGE_LINKS;
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		return LocaleConfiguration.SUPPORTED.stream()
			.map((language) -> new LanguageLink(language.getLanguage(),
					StringUtils.capitalize(language.getDisplayLanguage(language)), linkTo(request, language),
					language.getLanguage().equals(locale.getLanguage())))
			.toList();
	}

	private static String linkTo(HttpServletRequest request, Locale language) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (errorUri != null) {
			return PageLinks.relative(UriComponentsBuilder.fromPath(errorUri.toString()), "lang",
					language.getLanguage());
		}
		return PageLinks.currentPageWith("lang", language.getLanguage());
	}

	/**
	 * One entry of the language switch.
	 *
	 * @param code the language code, also the {@code lang} of the link's text
	 * @param name the language's name in itself
	 * @param href the current page in that language
	 * @param current whether it is the page's language
	 */
	record LanguageLink(String code, String name, String href, boolean current) {
	}

}
