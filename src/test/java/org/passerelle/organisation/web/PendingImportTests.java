package org.passerelle.organisation.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.FieldChange;
import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportPlan;
import org.passerelle.organisation.ImportRow;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;
import org.passerelle.organisation.Sector;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import waiting for confirmation survives its session being stored (or shared between
 * instances of the portal).
 */
class PendingImportTests {

	@Test
	void serializesWithItsFileMappingAndPlan() throws Exception {
		CsvTable table = CsvTable.read("nom;ville\nProvepharm;Marseille\n".getBytes(StandardCharsets.UTF_8), 10);
		List<ImportField> mapping = new ArrayList<>(List.of(ImportField.NAME, ImportField.CITY));
		PendingImport pending = new PendingImport("file.csv", table, mapping);
		OrganisationDetails details = new OrganisationDetails("Provepharm", OrganisationKind.COMPANY, null, null,
				Set.of(3L), new PublicProfile(null, null, Sector.HEALTH_BIOTECH, "Marseille", null, null, null,
						new TreeSet<>(Set.of("pharma"))));
		ImportRow row = new ImportRow(2, "Provepharm", "Marseille", ImportRow.Action.UPDATE, 7L,
				List.of(new FieldChange("city", "Aix", "Marseille")),
				List.of(new ImportRow.RowError("Ville", "import.error.tooLong", List.of(120, 130))), details, 4,
				Set.of(3L), null, Map.of("name", "Provepharm"));
		pending.mapped(mapping, OrganisationKind.COMPANY, new ImportPlan(List.of(row)));

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
			output.writeObject(pending);
		}
		PendingImport copy;
		try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			copy = (PendingImport) input.readObject();
		}
		assertThat(copy.getToken()).isEqualTo(pending.getToken());
		assertThat(copy.getTable()).isEqualTo(table);
		assertThat(copy.getMapping()).containsExactly(ImportField.NAME, ImportField.CITY);
		assertThat(copy.getDefaultKind()).isEqualTo(OrganisationKind.COMPANY);
		assertThat(copy.getPlan().rows()).containsExactly(row);
	}

}
