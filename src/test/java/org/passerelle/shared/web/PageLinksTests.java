package org.passerelle.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pagination links to the first page, the last and two on each side of the current
 * one, as the fragment's test of every page number did.
 */
class PageLinksTests {

	private final PageLinks links = new PageLinks();

	@Test
	void showsTheFirstTheLastAndTwoOnEachSideOfTheCurrentPage() {
		assertThat(this.links.shown(page(0, 2000))).containsExactly(0, 1, 2, 1999);
		assertThat(this.links.shown(page(1000, 2000))).containsExactly(0, 998, 999, 1000, 1001, 1002, 1999);
		assertThat(this.links.shown(page(1998, 2000))).containsExactly(0, 1996, 1997, 1998, 1999);
		assertThat(this.links.shown(page(3, 6))).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(this.links.shown(page(0, 1))).containsExactly(0);
	}

	@Test
	void showsWhatTheTestOfEveryPageNumberShowed() {
		for (int total = 1; total <= 12; total++) {
			for (int number = 0; number < total + 3; number++) {
				List<Integer> tested = new ArrayList<>();
				for (int i = 0; i < total; i++) {
					if (i == 0 || i == total - 1 || (i >= number - 2 && i <= number + 2)) {
						tested.add(i);
					}
				}
				assertThat(this.links.shown(page(number, total))).as("page %d of %d", number, total).isEqualTo(tested);
			}
		}
	}

	/**
	 * Page {@code number} (from 0) of {@code total} pages of ten (empty after the last).
	 */
	private static Page<String> page(int number, int total) {
		return new PageImpl<>((number < total) ? List.of("row") : List.of(), PageRequest.of(number, 10), total * 10L);
	}

}
