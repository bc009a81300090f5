package org.passerelle.convention;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import org.passerelle.PostgresTest;
import org.passerelle.StatementCounter;
import org.passerelle.shared.PasserelleUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions list counts a filter's conventions and reads a page of them once for
 * each role and organisation (what the reader may see follows them), then keeps the count
 * and the page's rows until something is written.
 */
@PostgresTest
@Import(StatementCounter.Configuration.class)
class ConventionCountsTests {

	@Autowired
	private Conventions conventions;

	@Autowired
	private ConventionFixtures fixtures;

	@Autowired
	private StatementCounter counter;

	@Test
	void aListIsCountedOnceUntilSomethingIsWritten() throws Exception {
		String word = ConventionFixtures.uniqueReference("Comptage");
		for (int i = 0; i < 3; i++) {
			this.fixtures.draft(word + " " + i, Confidentiality.INTERNAL, "CMA CGM");
		}
		PasserelleUser staff = this.fixtures.staff();
		assertThat(counts(() -> assertThat(total(word, staff)).isEqualTo(3))).isEqualTo(1);
		assertThat(counts(() -> assertThat(total(word, staff)).isEqualTo(3))).as("kept").isZero();

		this.fixtures.draft(word + " 3", Confidentiality.INTERNAL, "CMA CGM");

		assertThat(total(word, staff)).isEqualTo(4);
	}

	@Test
	void aPageIsReadOnceUntilSomethingIsWritten() throws Exception {
		String word = ConventionFixtures.uniqueReference("Page");
		this.fixtures.draft(word + " A", Confidentiality.INTERNAL, "CMA CGM");
		PasserelleUser staff = this.fixtures.staff();
		assertThat(titles(word, staff)).containsExactly(word + " A");

		assertThat(this.counter.statementsOf(() -> assertThat(titles(word, staff)).containsExactly(word + " A")))
			.as("kept")
			.isEmpty();
		this.fixtures.draft(word + " B", Confidentiality.INTERNAL, "Provepharm");

		assertThat(titles(word, staff)).containsExactly(word + " A", word + " B");
		assertThat(this.conventions.search(filter(word), PageRequest.of(0, 20), this.fixtures.liaison())
			.map(ConventionRow::title)
			.getContent()).as("Provepharm's liaison, their own draft only").containsExactly(word + " B");
	}

	@Test
	void eachReaderCountsWhatTheyMaySee() {
		String word = ConventionFixtures.uniqueReference("Lecteurs");
		this.fixtures.draft(word + " 1", Confidentiality.INTERNAL, "Provepharm");
		this.fixtures.draft(word + " 2", Confidentiality.INTERNAL, "Provepharm");
		this.fixtures.draft(word + " 3", Confidentiality.INTERNAL, "CMA CGM");

		assertThat(total(word, this.fixtures.staff())).isEqualTo(3);
		// Provepharm's liaison sees its own two drafts only, counted for them
		assertThat(total(word, this.fixtures.liaison())).isEqualTo(2);
		assertThat(total(word, this.fixtures.admin())).isEqualTo(3);
		assertThat(total(word, this.fixtures.liaison())).isEqualTo(2);
	}

	/**
	 * A page of one, so that the total comes from the count (not from a short first
	 * page).
	 */
	private long total(String word, PasserelleUser reader) {
		return this.conventions.search(filter(word), PageRequest.of(0, 1), reader).getTotalElements();
	}

	private List<String> titles(String word, PasserelleUser reader) {
		return this.conventions.search(filter(word), PageRequest.of(0, 20), reader)
			.map(ConventionRow::title)
			.getContent();
	}

	private static ConventionFilter filter(String word) {
		return new ConventionFilter(word, null, null, null, null, null, false);
	}

	private long counts(StatementCounter.ThrowingRunnable action) throws Exception {
		return this.counter.statementsOf(action).stream().filter((sql) -> sql.contains("count(")).count();
	}

}
