package org.passerelle.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTests {

	@Test
	void writesABomAndFormulaSafeCellsThatReadBackAsWritten() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SpreadsheetCsv csv = SpreadsheetCsv.semicolons(bytes)) {
			csv.row("name", "value");
			csv.row("=1+1", "+33 4 91", "-5", "@SUM(A1)", "\tx", "\rx", "École; Marseille", null, 42, "a-b");
		}
		String text = bytes.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFname;value\r\n");
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(records.get(1).toList()).containsExactly("'=1+1", "'+33 4 91", "'-5", "'@SUM(A1)", "'\tx", "'\rx",
				"École; Marseille", "", "42", "a-b");
		assertThat(records.get(1).toList().stream().map(SpreadsheetCsv::unsafe)).containsExactly("=1+1", "+33 4 91",
				"-5", "@SUM(A1)", "\tx", "\rx", "École; Marseille", "", "42", "a-b");
	}

	@Test
	void separatesByCommasWhenAsked() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SpreadsheetCsv csv = SpreadsheetCsv.commas(bytes)) {
			csv.row("a", "=b");
		}
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,'=b\r\n");
	}

	@Test
	void leavesAnApostropheThatStartsNoFormulaAlone() {
		assertThat(SpreadsheetCsv.unsafe("'Aix")).isEqualTo("'Aix");
		assertThat(SpreadsheetCsv.unsafe("'")).isEqualTo("'");
		assertThat(SpreadsheetCsv.safe("")).isEmpty();
	}

}
