package org.passerelle.convention.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell a spreadsheet would read as a formula is exported as text.
 */
class ConventionExportControllerTests {

	@Test
	void neutralisesFormulas() {
		assertThat(ConventionExportController.safe("=HYPERLINK(\"http://evil\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(ConventionExportController.safe("+33 4 91")).isEqualTo("'+33 4 91");
		assertThat(ConventionExportController.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ConventionExportController.safe("SmartPort – Marseille-Fos")).isEqualTo("SmartPort – Marseille-Fos");
		assertThat(ConventionExportController.safe("")).isEmpty();
	}

}
