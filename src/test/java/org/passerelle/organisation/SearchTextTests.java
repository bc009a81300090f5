package org.passerelle.organisation;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory compares text without accents, case or punctuation.
 */
class SearchTextTests {

	@Test
	void dropsAccentsCaseAndPunctuation() {
		assertThat(SearchText.normalise("Aix-Marseille Université")).isEqualTo("aix marseille universite");
		assertThat(SearchText.normalise("L'Occitane en Provence")).isEqualTo("loccitane en provence");
		assertThat(SearchText.normalise("ÉCOLE  Nationale—Supérieure")).isEqualTo("ecole nationale superieure");
		assertThat(SearchText.normalise("Cœur de Ville, Île-de-France")).isEqualTo("coeur de ville ile de france");
		assertThat(SearchText.normalise(null)).isEmpty();
		assertThat(SearchText.normalise("   ")).isEmpty();
	}

	@Test
	void readsTextACharacterAtATimeAsTheFullPathDoes() {
		// every character of the table alone, around letters and beside one another
		for (char c = 0; c < '\u2070'; c++) {
			for (String text : List.of(String.valueOf(c), "x" + c + "y", c + " é" + c, "Ab" + c + c + "-" + c)) {
				assertThat(SearchText.normalise(text)).as("U+%04X in '%s'", (int) c, text)
					.isEqualTo(SearchText.slowly(text));
			}
		}
		// texts drawn from letters, accents, ligatures, joining and other punctuation,
		// combining accents, Greek, a letter outside the basic plane
		String[] pieces = { "a", "Z", "9", "é", "È", "ç", "Œ", "æ", "ß", "ø", "Ł", "đ", "İ", "ĳ", "ǅ", "'", "’", ".",
				"-", "—", " ", "\t", "\u00a0", "\u0301", "Σ", "ς", "ω", "\uD835\uDC00", "«", "»", "&", "/", "_" };
		Random random = new Random(13);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(12); n >= 0; n--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			assertThat(SearchText.normalise(text.toString())).as("'%s'", text)
				.isEqualTo(SearchText.slowly(text.toString()));
		}
	}

	@Test
	void splitsASearchIntoWords() {
		assertThat(SearchText.words("  Univ. d'AIX  univ ")).containsExactly("univ", "daix");
		assertThat(SearchText.words("")).isEmpty();
	}

	@Test
	void matchesByNameAndCity() {
		assertThat(Organisation.matchKey("Provepharm S.A.", "MARSEILLE"))
			.isEqualTo(Organisation.matchKey("provepharm sa", "Marseille"));
		assertThat(Organisation.matchKey("Provepharm", "Marseille"))
			.isNotEqualTo(Organisation.matchKey("Provepharm", "Paris"));
	}

}
