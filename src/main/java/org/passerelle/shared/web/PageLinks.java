package org.passerelle.shared.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
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

	/**
	 * The page numbers (from 0) that the pagination links to: the first, the last, and
	 * two on each side of the current one. The fragment tested every page number instead:
	 * 2,000 tests on the whole directory of the large dataset, a third of the page's
	 * rendering.
	 */
	public List<Integer> shown(Page<?> page) {
		int last = page.getTotalPages() - 1;
		Set<Integer> shown = new TreeSet<>();
		shown.add(0);
		for (int i = Math.max(0, page.getNumber() - 2); i <= Math.min(last, page.getNumber() + 2); i++) {
			shown.add(i);
		}
		shown.add(Math.max(0, last));
		return List.copyOf(shown);
	}

	static String currentPageWith(String parameter, Object value) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest(), parameter, value);
	}

	static String relative(UriComponentsBuilder builder, String parameter, Object value) {
		return builder.replaceQueryParam(parameter, value).scheme(null).host(null).port(null).build().toUriString();
	}

}
