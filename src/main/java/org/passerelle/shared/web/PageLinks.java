package org.passerelle.shared.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, keeping the others
 * (filters, sort): the layout advice puts one in every model as {@code pageLinks} for the
 * pagination fragment.
 */
public class PageLinks {

	public String to(int page) {
		return currentPageWith("page", page);
	}

	static String currentPageWith(String parameter, Object value) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest(), parameter, value);
	}

	static String relative(UriComponentsBuilder builder, String parameter, Object value) {
		return builder.replaceQueryParam(parameter, value).scheme(null).host(null).port(null).build().toUriString();
	}

}
