package org.passerelle.organisation.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportOptions;
import org.passerelle.organisation.ImportResult;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.StoredImports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import waiting for confirmation survives its session being stored (or shared between
 * instances of the portal), and stays small: the file and its rows are not in it.
 */
class PendingImportTests {

	@Test
	void serializesWithItsChoicesButNotItsRows() throws Exception {
		StringBuilder file = new StringBuilder("nom;ville;type\n");
		for (int i = 0; i < 5_000; i++) {
			file.append("Organisation ").append(i).append(";Marseille;Université\n");
		}
		CsvTable table = CsvTable.read(file.toString().getBytes(StandardCharsets.UTF_8), 10_000);
		StoredImports.StoredFile stored = new StoredImports.StoredFile(UUID.randomUUID(), "file.csv", table.headers(),
				table.rows().size(), table.rows().subList(0, 3));
		PendingImport pending = new PendingImport(stored,
				new ImportOptions(Arrays.asList(ImportField.NAME, ImportField.CITY, ImportField.KIND),
						OrganisationKind.COMPANY, Map.of(ImportField.KIND, Map.of("universite", "UNIVERSITY")), true));
		pending.planned();
		pending.done(new ImportResult(4_990, 0, 0, 10));

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
			output.writeObject(pending);
		}
		assertThat(bytes.size()).as("a few rows, never the file").isLessThan(4_000);
		PendingImport copy;
		try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			copy = (PendingImport) input.readObject();
		}
		assertThat(copy.getToken()).isEqualTo(pending.getToken());
		assertThat(copy.getRowCount()).isEqualTo(5_000);
		assertThat(copy.getSamples()).hasSize(3);
		assertThat(copy.getMapping()).containsExactly(ImportField.NAME, ImportField.CITY, ImportField.KIND);
		assertThat(copy.getDefaultKind()).isEqualTo(OrganisationKind.COMPANY);
		assertThat(copy.getOptions().values()).isEqualTo(Map.of(ImportField.KIND, Map.of("universite", "UNIVERSITY")));
		assertThat(copy.getOptions().emptyCellsClear()).isTrue();
		assertThat(copy.isPlanned()).isTrue();
		assertThat(copy.getResult()).isEqualTo(new ImportResult(4_990, 0, 0, 10));
		assertThat(List.of(copy.getHeaders())).hasSize(1);
	}

}
