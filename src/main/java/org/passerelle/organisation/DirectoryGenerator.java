package org.passerelle.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.passerelle.shared.PasserelleUser;

/**
 * Fills the directory with a large, plausible, synthetic population for benchmarks: start
 * the portal with {@code --passerelle.organisation.generate=30000}. The rows go through
 * the CSV import (checks, matching, JDBC batches), 10,000 at a time; the names carry a
 * run number, so that running it again adds more organisations.
 */
@Component
@Order(30)
@ConditionalOnProperty("passerelle.organisation.generate")
class DirectoryGenerator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DirectoryGenerator.class);

	private static final int BATCH = 10_000;

	private static final String[] FIRST = { "Alpha", "Azur", "Bio", "Calanque", "Cévenol", "Delta", "Éco", "Estérel",
			"Garrigue", "Helio", "Lavande", "Luberon", "Méditerranée", "Mistral", "Nova", "Olivier", "Phocée",
			"Provence", "Rhône", "Sainte-Victoire", "Solaire", "Thalassa", "Ventoux", "Verdon" };

	private static final String[] SECOND = { "Analytics", "Biotech", "Conseil", "Composites", "Diagnostics", "Énergie",
			"Industries", "Ingénierie", "Logistique", "Matériaux", "Numérique", "Pharma", "Robotique", "Santé",
			"Services", "Systèmes", "Technologies", "Cosmétiques", "Agro", "Marine" };

	private static final String[][] CITIES = { { "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
			{ "Aix-en-Provence", "PROVENCE_ALPES_COTE_D_AZUR" }, { "Toulon", "PROVENCE_ALPES_COTE_D_AZUR" },
			{ "Nice", "PROVENCE_ALPES_COTE_D_AZUR" }, { "Avignon", "PROVENCE_ALPES_COTE_D_AZUR" },
			{ "Montpellier", "OCCITANIE" }, { "Nîmes", "OCCITANIE" }, { "Toulouse", "OCCITANIE" },
			{ "Lyon", "AUVERGNE_RHONE_ALPES" }, { "Grenoble", "AUVERGNE_RHONE_ALPES" }, { "Paris", "ILE_DE_FRANCE" },
			{ "Compiègne", "HAUTS_DE_FRANCE" }, { "Lille", "HAUTS_DE_FRANCE" }, { "Nantes", "PAYS_DE_LA_LOIRE" },
			{ "Bordeaux", "NOUVELLE_AQUITAINE" }, { "Strasbourg", "GRAND_EST" }, { "Rennes", "BRETAGNE" },
			{ "Ajaccio", "CORSE" }, { "Saint-Denis", "LA_REUNION" } };

	private final OrganisationImport imports;

	private final OrganisationDirectory directory;

	private final int count;

	DirectoryGenerator(OrganisationImport imports, OrganisationDirectory directory,
			org.springframework.core.env.Environment environment) {
		this.imports = imports;
		this.directory = directory;
		this.count = environment.getProperty("passerelle.organisation.generate", Integer.class, 0);
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.count <= 0) {
			return;
		}
		long run = System.currentTimeMillis() % 100_000;
		Random random = new Random(run);
		List<String> clusters = this.directory.clusters().stream().map(Organisation::getName).toList();
		List<String> institutions = this.directory.institutions().stream().map(Organisation::getName).toList();
		long start = System.nanoTime();
		for (int done = 0; done < this.count; done += BATCH) {
			int size = Math.min(BATCH, this.count - done);
			byte[] csv = csv(run, done, size, random, clusters, institutions);
			CsvTable table = CsvTable.read(csv, BATCH);
			ImportPlan plan = this.imports.plan(table, this.imports.suggest(-1, table.headers()), null,
					PasserelleUser.system());
			if (plan.hasErrors()) {
				throw new IllegalStateException("Generated rows with errors: " + plan.errorsFirst().get(0).errors());
			}
			this.imports.apply(plan);
			logger.info("Generated {} organisations of {}", done + size, this.count);
		}
		logger.info("Generated {} organisations in {} ms", this.count, (System.nanoTime() - start) / 1_000_000);
	}

	/** A CSV file of synthetic organisations, as the import reads it. */
	static byte[] csv(long run, int from, int size, Random random, List<String> clusters, List<String> institutions)
			throws java.io.IOException {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord("name", "kind", "siren", "sizeClass", "sector", "city", "region", "tags", "clusters",
					"parent");
			Sector[] sectors = Sector.values();
			SizeClass[] sizes = SizeClass.values();
			for (int i = from; i < from + size; i++) {
				String[] city = CITIES[random.nextInt(CITIES.length)];
				int dice = random.nextInt(100);
				OrganisationKind kind = (dice < 85) ? OrganisationKind.COMPANY
						: (dice < 90) ? OrganisationKind.ASSOCIATION
								: (dice < 93) ? OrganisationKind.PUBLIC_BODY
										: (dice < 95) ? OrganisationKind.FOUNDATION
												: (dice < 98 && !institutions.isEmpty()) ? OrganisationKind.LABORATORY
														: OrganisationKind.ACCELERATOR;
				Sector sector = sectors[random.nextInt(sectors.length)];
				String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
						+ run + "-" + i;
				String siren = (kind == OrganisationKind.COMPANY)
						? Siren.complete(String.format("%08d", (run * 1_000_000 + i) % 100_000_000)) : "";
				String sizeClass = (kind == OrganisationKind.COMPANY) ? sizes[random.nextInt(sizes.length)].name() : "";
				String cluster = (kind == OrganisationKind.COMPANY && !clusters.isEmpty() && random.nextInt(4) == 0)
						? clusters.get(random.nextInt(clusters.size())) : "";
				String parent = (kind == OrganisationKind.LABORATORY)
						? institutions.get(random.nextInt(institutions.size())) : "";
				printer.printRecord(name, kind.name(), siren, sizeClass, sector.name(), city[0], city[1],
						sector.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), cluster, parent);
			}
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
