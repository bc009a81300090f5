package org.passerelle.organisation;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the CSV files people export from their spreadsheets and other systems.
 */
class CsvTableTests {

	@Test
	void readsASemicolonSeparatedFileWithAByteOrderMark() {
		CsvTable table = read("\uFEFFNom;Ville\r\nProvepharm;Marseille\r\nCMA CGM;Marseille\r\n");
		assertThat(table.separator()).isEqualTo(';');
		assertThat(table.headers()).containsExactly("Nom", "Ville");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(1).values()).containsExactly("CMA CGM", "Marseille");
		assertThat(table.rows().get(1).line()).isEqualTo(3);
	}

	@Test
	void readsACommaSeparatedFileWithQuotedSeparatorsAndLineBreaks() {
		CsvTable table = read("name,city,description\n\"Dupont, Fils et Cie\",Lyon,\"First line\nsecond line\"\n"
				+ "Other,Nice,plain\n");
		assertThat(table.separator()).isEqualTo(',');
		assertThat(table.rows().get(0).values()).containsExactly("Dupont, Fils et Cie", "Lyon",
				"First line\nsecond line");
		assertThat(table.rows().get(1).line()).as("the row after a two-line value starts on line 4").isEqualTo(4);
	}

	@Test
	void skipsEmptyLinesAndCountsExtraValues() {
		CsvTable table = read("a;b\n\n1;2\n;\n3;4;5\n");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(1).extraValues()).isEqualTo(1);
	}

	@Test
	void explainsAnEmptyFile() {
		assertProblem("", "import.problem.empty");
		assertProblem("\uFEFF  \n", "import.problem.empty");
		assertProblem("name;city\n", "import.problem.noRows");
	}

	@Test
	void explainsAFileThatIsNotUtf8WithTheLineOfTheFirstBadCharacter() {
		byte[] latin1 = "nom;ville\nProvepharm;Marseille\nUniversité;Aix\n".getBytes(Charset.forName("ISO-8859-1"));
		assertThatExceptionOfType(ImportProblem.class).isThrownBy(() -> CsvTable.read(latin1, 100))
			.satisfies((problem) -> {
				assertThat(problem.getMessageKey()).isEqualTo("import.problem.encoding");
				assertThat(problem.getArguments()).containsExactly(3);
			});
		byte[] utf16 = "nom;ville\nA;B\n".getBytes(StandardCharsets.UTF_16);
		assertThatExceptionOfType(ImportProblem.class).isThrownBy(() -> CsvTable.read(utf16, 100))
			.satisfies((problem) -> assertThat(problem.getMessageKey()).isEqualTo("import.problem.utf16"));
	}

	@Test
	void explainsAWrongSeparator() {
		assertProblem("nom|ville\nProvepharm|Marseille\n", "import.problem.separator");
	}

	@Test
	void explainsAnUnclosedQuote() {
		assertProblem("nom;ville\n\"Provepharm;Marseille\nOther;Nice\n", "import.problem.quotes");
	}

	@Test
	void refusesMoreRowsThanAllowed() {
		assertThatExceptionOfType(ImportProblem.class)
			.isThrownBy(() -> CsvTable.read("a;b\n1;2\n3;4\n5;6\n".getBytes(StandardCharsets.UTF_8), 2))
			.satisfies((problem) -> assertThat(problem.getMessageKey()).isEqualTo("import.problem.tooManyRows"));
	}

	private static CsvTable read(String text) {
		return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), 1000);
	}

	private static void assertProblem(String text, String key) {
		assertThatExceptionOfType(ImportProblem.class).isThrownBy(() -> read(text))
			.satisfies((problem) -> assertThat(problem.getMessageKey()).isEqualTo(key));
	}

}
