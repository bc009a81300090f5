package org.passerelle.organisation.web;

import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links of the list's sortable column headers: a click sorts by the column, a second
 * click reverses the order; the filters stay, the page goes back to the first.
 */
class SortColumns {

	static final Set<String> SORTABLE = Set.of("name", "kind", "city", "region", "sector", "sizeClass", "updatedAt");

	private final Sort sort;

	SortColumns(Sort sort) {
		this.sort = sort;
	}

	/**
	 * The sort asked for, keeping only columns the list can sort by; by name otherwise.
	 */
	static Sort allowed(Sort asked) {
		Sort allowed = Sort.by(asked.stream().filter((order) -> SORTABLE.contains(order.getProperty())).toList());
		return allowed.isSorted() ? allowed : Sort.by("name");
	}

	public String href(String property) {
		Sort.Order current = this.sort.getOrderFor(property);
		String direction = (current != null && current.isAscending()) ? "desc" : "asc";
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("sort", property + "," + direction)
			.replaceQueryParam("page")
			.scheme(null)
			.host(null)
			.port(null)
			.build()
			.toUriString();
	}

	/** The {@code aria-sort} of a column header: ascending, descending or none. */
	public String ariaSort(String property) {
		Sort.Order current = this.sort.getOrderFor(property);
		if (current == null) {
			return "none";
		}
		return current.isAscending() ? "ascending" : "descending";
	}

	public boolean isSortedBy(String property) {
		return this.sort.getOrderFor(property) != null;
	}

}
