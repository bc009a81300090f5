package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A realistic directory for the embedded demo ({@code passerelle.demo.enabled}), drawn
 * from public facts of the field: Aix-Marseille Université and its components, schools of
 * engineering, the clusters of the region, large groups and a few dozen SMEs (the SMEs,
 * their SIRENs and the contacts are fictional). Loaded once; organisations that already
 * exist by name are completed, not duplicated.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class OrganisationDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(OrganisationDemoData.class);

	private final OrganisationRepository organisations;

	private final OrganisationDirectory directory;

	private final Contacts contacts;

	private final Map<String, Long> ids = new LinkedHashMap<>();

	private final JdbcClient jdbc;

	OrganisationDemoData(OrganisationRepository organisations, OrganisationDirectory directory, Contacts contacts,
			JdbcClient jdbc) {
		this.organisations = organisations;
		this.directory = directory;
		this.contacts = contacts;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// one plain query when the demo is there already: a restart creates no repository
		// for it
		if (this.jdbc.sql("select exists (select 1 from organisation where name = 'Innate Pharma')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		this.ids.clear();
		institutions();
		clusters();
		partners();
		smallCompanies();
		contacts();
		logger.info("Demo directory loaded: {} organisations", this.ids.size());
	}

	private void institutions() {
		institution("Aix-Marseille Université", "AMU", OrganisationKind.UNIVERSITY, null, "Marseille",
				"https://www.univ-amu.fr",
				"La plus grande université francophone : cinq grands campus, une centaine de laboratoires "
						+ "et un service des partenariats qui travaille avec des entreprises de toutes tailles.",
				Set.of("pluridisciplinaire", "recherche"));
		institution("Polytech Marseille", null, OrganisationKind.SCHOOL, "Aix-Marseille Université", "Marseille",
				"https://polytech.univ-amu.fr", "L'école d'ingénieurs d'Aix-Marseille Université.",
				Set.of("ingénierie"));
		institution("Faculté de pharmacie de Marseille", null, OrganisationKind.FACULTY, "Aix-Marseille Université",
				"Marseille", "https://pharmacie.univ-amu.fr", null, Set.of("santé"));
		institution("Faculté des sciences", null, OrganisationKind.FACULTY, "Aix-Marseille Université", "Marseille",
				"https://sciences.univ-amu.fr", null, Set.of());
		institution("Institut de neurosciences de la Timone", "INT", OrganisationKind.LABORATORY,
				"Aix-Marseille Université", "Marseille", "https://www.int.univ-amu.fr", null,
				Set.of("santé", "recherche"));
		institution("Centre interdisciplinaire de nanoscience de Marseille", "CINaM", OrganisationKind.LABORATORY,
				"Faculté des sciences", "Marseille", "https://www.cinam.univ-mrs.fr", null,
				Set.of("matériaux", "recherche"));
		institution("Université de technologie de Compiègne", "UTC", OrganisationKind.UNIVERSITY, null, "Compiègne",
				"https://www.utc.fr",
				"Une université de technologie qui forme des ingénieurs au contact de l'industrie.",
				Set.of("ingénierie"));
		institution("IMT Mines Alès", null, OrganisationKind.SCHOOL, null, "Alès", "https://www.imt-mines-ales.fr",
				null, Set.of("ingénierie"));
		institution("École nationale supérieure de chimie de Montpellier", "ENSCM", OrganisationKind.SCHOOL, null,
				"Montpellier", "https://www.enscm.fr", null, Set.of("chimie", "ingénierie"));
		long amu = this.ids.get("Aix-Marseille Université");
		this.directory.saveFigures(amu, 2024, new KeyFigures.Values(80_000, 22_500, 8_100, 750_000_000L, 10_000, 110));
		this.directory.saveFigures(amu, 2023, new KeyFigures.Values(79_000, 22_000, 8_000, 730_000_000L, 9_800, 108));
		long utc = this.ids.get("Université de technologie de Compiègne");
		this.directory.saveFigures(utc, 2024, new KeyFigures.Values(4_500, 1_000, 1_000, null, 700, null));
	}

	private void clusters() {
		partner("Eurobiomed", null, OrganisationKind.CLUSTER, null, Sector.HEALTH_BIOTECH, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://eurobiomed.org",
				"Le pôle de compétitivité santé du sud de la France.", null, Set.of("santé"), Set.of());
		partner("Innov'Alliance", null, OrganisationKind.CLUSTER, null, Sector.AGRIFOOD, "Meyreuil",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.innov-alliance.org",
				"Le pôle des ingrédients naturels pour l'alimentation, la cosmétique et la santé.", null,
				Set.of("ingrédients naturels"), Set.of());
		partner("Cosmed", null, OrganisationKind.CLUSTER, null, Sector.COSMETICS, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.cosmed.fr", "L'association des PME de la cosmétique.",
				null, Set.of("cosmétique"), Set.of());
	}

	private void partners() {
		partner("CMA CGM", null, OrganisationKind.COMPANY, SizeClass.LARGE, Sector.LOGISTICS_TRANSPORT, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.cma-cgm.com",
				"Un leader mondial du transport maritime et de la logistique, dont le siège est à Marseille.",
				"562024422", Set.of("maritime", "logistique"), Set.of());
		partner("L'Occitane en Provence", "L'Occitane", OrganisationKind.COMPANY, SizeClass.LARGE, Sector.COSMETICS,
				"Manosque", Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.loccitane.com",
				"Des produits de beauté et de bien-être à base d'ingrédients naturels.", null, Set.of("cosmétique"),
				Set.of("Cosmed", "Innov'Alliance"));
		partner("Innate Pharma", null, OrganisationKind.COMPANY, SizeClass.SME, Sector.HEALTH_BIOTECH, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.innate-pharma.com",
				"Une société de biotechnologie qui développe des immunothérapies contre le cancer.", "424365336",
				Set.of("biotech", "oncologie"), Set.of("Eurobiomed"));
		partner("HalioDx", null, OrganisationKind.COMPANY, SizeClass.SME, Sector.HEALTH_BIOTECH, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, null, "Des diagnostics en immuno-oncologie.", null,
				Set.of("biotech", "diagnostics"), Set.of("Eurobiomed"));
		partner("Provepharm", null, OrganisationKind.COMPANY, SizeClass.SME, Sector.HEALTH_BIOTECH, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.provepharm.com",
				"Un laboratoire pharmaceutique qui fait de molécules connues de nouveaux médicaments.", null,
				Set.of("pharma"), Set.of("Eurobiomed"));
		partner("Crédit Agricole Alpes Provence", "CAAP", OrganisationKind.BANK, null, Sector.BANKING_INSURANCE,
				"Aix-en-Provence", Region.PROVENCE_ALPES_COTE_D_AZUR, "https://www.credit-agricole.fr/ca-alpesprovence",
				"La banque régionale du groupe Crédit Agricole.", null, Set.of("banque"), Set.of());
		partner("Métropole Aix-Marseille-Provence", "AMPM", OrganisationKind.PUBLIC_BODY, null, Sector.PUBLIC_SERVICE,
				"Marseille", Region.PROVENCE_ALPES_COTE_D_AZUR, "https://ampmetropole.fr",
				"La métropole des 92 communes autour d'Aix et de Marseille.", null, Set.of("public"), Set.of());
		partner("État-major de zone de défense et de sécurité Sud", "EMZD Sud", OrganisationKind.PUBLIC_BODY, null,
				Sector.AEROSPACE_DEFENCE, "Marseille", Region.PROVENCE_ALPES_COTE_D_AZUR, null,
				"L'état-major de la zone de défense et de sécurité Sud.", null, Set.of("défense"), Set.of());
		partner("Fondation A*Midex", null, OrganisationKind.FOUNDATION, null, Sector.RESEARCH_EDUCATION, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, null, "La fondation de l'initiative d'excellence d'Aix-Marseille.",
				null, Set.of("recherche"), Set.of());
		partner("Accélérateur Belle de Mai", null, OrganisationKind.ACCELERATOR, null, Sector.DIGITAL, "Marseille",
				Region.PROVENCE_ALPES_COTE_D_AZUR, null,
				"Accompagne les start-up du numérique et des industries créatives.", null, Set.of("start-up"),
				Set.of());
		partner("Association des jeunes entrepreneurs de Provence", "AJEP", OrganisationKind.ASSOCIATION, null,
				Sector.SERVICES, "Aix-en-Provence", Region.PROVENCE_ALPES_COTE_D_AZUR, null, null, null,
				Set.of("réseau"), Set.of());
	}

	/** Fictional SMEs across the sectors and regions the offices work with. */
	private void smallCompanies() {
		String[][] companies = { { "Biotika Provence", "HEALTH_BIOTECH", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Calanques Diagnostics", "HEALTH_BIOTECH", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Luminy Therapeutics", "HEALTH_BIOTECH", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Santé Connect Méditerranée", "HEALTH_BIOTECH", "Nice", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Sérum Lab", "HEALTH_BIOTECH", "Montpellier", "OCCITANIE" },
				{ "Lavandes et Senteurs", "COSMETICS", "Grasse", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Cosmétiques du Luberon", "COSMETICS", "Apt", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Savonnerie de l'Estaque", "COSMETICS", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Huiles essentielles Ventoux", "COSMETICS", "Carpentras", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Oliveraies de Provence", "AGRIFOOD", "Salon-de-Provence", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Calissons Aixois Innovation", "AGRIFOOD", "Aix-en-Provence", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Riz de Camargue Bio", "AGRIFOOD", "Arles", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Nautilus Robotique", "MARITIME", "La Seyne-sur-Mer", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Port-Sud Logistique", "LOGISTICS_TRANSPORT", "Fos-sur-Mer", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Mistral Énergies", "ENERGY_ENVIRONMENT", "Aix-en-Provence", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Solaire Durance", "ENERGY_ENVIRONMENT", "Manosque", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Hydrogène Étang de Berre", "ENERGY_ENVIRONMENT", "Martigues", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Cévennes Matériaux", "CHEMISTRY_MATERIALS", "Alès", "OCCITANIE" },
				{ "Chimie Verte Occitanie", "CHEMISTRY_MATERIALS", "Montpellier", "OCCITANIE" },
				{ "Polymères du Gard", "CHEMISTRY_MATERIALS", "Nîmes", "OCCITANIE" },
				{ "Phocéa Numérique", "DIGITAL", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Data Canebière", "DIGITAL", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Sophia Cyber", "DIGITAL", "Sophia Antipolis", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Atelier Logiciel Toulonnais", "DIGITAL", "Toulon", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Oise Mécatronique", "MANUFACTURING", "Compiègne", "HAUTS_DE_FRANCE" },
				{ "Picardie Composites", "MANUFACTURING", "Compiègne", "HAUTS_DE_FRANCE" },
				{ "Usinage de Provence", "MANUFACTURING", "Vitrolles", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Aéro Pièces Marignane", "AEROSPACE_DEFENCE", "Marignane", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Drones Alpilles", "AEROSPACE_DEFENCE", "Istres", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Bâtir Méditerranée", "CONSTRUCTION", "Marseille", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Conseil Innovation Sud", "SERVICES", "Aix-en-Provence", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Festival Tech Avignon", "TOURISM_CULTURE", "Avignon", "PROVENCE_ALPES_COTE_D_AZUR" },
				{ "Assurances Mutuelles du Midi", "BANKING_INSURANCE", "Montpellier", "OCCITANIE" },
				{ "Lyon Bioprocédés", "HEALTH_BIOTECH", "Lyon", "AUVERGNE_RHONE_ALPES" },
				{ "Paris Saclay Instruments", "MANUFACTURING", "Palaiseau", "ILE_DE_FRANCE" },
				{ "Ocean Sensors Brest", "MARITIME", "Brest", "BRETAGNE" } };
		int number = 0;
		for (String[] company : companies) {
			number++;
			Sector sector = Sector.valueOf(company[1]);
			Set<String> clusters = switch (sector) {
				case HEALTH_BIOTECH -> Set.of("Eurobiomed");
				case COSMETICS -> Set.of("Cosmed", "Innov'Alliance");
				case AGRIFOOD -> Set.of("Innov'Alliance");
				default -> Set.of();
			};
			SizeClass size = (number % 5 == 0) ? SizeClass.MICRO
					: (number % 7 == 0) ? SizeClass.MID_CAP : SizeClass.SME;
			String siren = Siren.complete(String.format("%08d", 81_200_000 + number * 137));
			partner(company[0], null, OrganisationKind.COMPANY, size, sector, company[2], Region.valueOf(company[3]),
					null, null, siren, Set.of(sector.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
					clusters);
		}
	}

	private void contacts() {
		this.contacts.add(this.ids.get("Provepharm"),
				new ContactDetails("Claire", "Dubois", "Responsable des partenariats R&D", "claire.dubois@example.org",
						"+33 4 91 00 00 01", "Rencontrée au forum Eurobiomed.", ContactPurpose.PARTNERSHIP));
		this.contacts.add(this.ids.get("Provepharm"),
				new ContactDetails("Karim", "Benali", "Responsable des ressources humaines", "karim.benali@example.org",
						null, null, ContactPurpose.INTERNSHIPS));
		this.contacts.add(this.ids.get("CMA CGM"), new ContactDetails("Julie", "Rossi", "Directrice de l'innovation",
				"julie.rossi@example.org", "+33 4 88 00 00 02", null, ContactPurpose.EVENTS));
		this.contacts.add(this.ids.get("Innate Pharma"), new ContactDetails("Thomas", "Girard",
				"Collaborations scientifiques", "thomas.girard@example.org", null, null, ContactPurpose.RESEARCH));
		this.contacts.add(this.ids.get("Eurobiomed"), new ContactDetails("Nadia", "Haddad", "Chargée de projets",
				"nadia.haddad@example.org", null, null, ContactPurpose.EVENTS));
		// HalioDx as a register writes it, with its establishment's address: a probable
		// duplicate for /organisations/duplicates
		save(new OrganisationDetails("HALIODX S.A.S.", OrganisationKind.COMPANY, null, null, Set.of(),
				new PublicProfile(null, SizeClass.SME, Sector.HEALTH_BIOTECH, "Marseille 9e",
						Region.PROVENCE_ALPES_COTE_D_AZUR, null, null, Set.of()),
				new EstablishmentDetails(null, null, null, null, null, "FR", "Luminy Biotech, 163 avenue de Luminy",
						"13009", "04 91 00 00 00")));
	}

	private void institution(String name, @Nullable String shortName, OrganisationKind kind, @Nullable String parent,
			String city, @Nullable String website, @Nullable String description, Set<String> tags) {
		Region region = switch (city) {
			case "Compiègne" -> Region.HAUTS_DE_FRANCE;
			case "Alès", "Montpellier" -> Region.OCCITANIE;
			default -> Region.PROVENCE_ALPES_COTE_D_AZUR;
		};
		save(new OrganisationDetails(name, kind, (parent != null) ? this.ids.get(parent) : null, null, Set.of(),
				new PublicProfile(shortName, null, Sector.RESEARCH_EDUCATION, city, region, website, description,
						tags)));
	}

	private void partner(String name, @Nullable String shortName, OrganisationKind kind, @Nullable SizeClass size,
			Sector sector, String city, Region region, @Nullable String website, @Nullable String description,
			@Nullable String siren, Set<String> tags, Set<String> clusters) {
		Set<Long> clusterIds = new LinkedHashSet<>();
		clusters.forEach((cluster) -> clusterIds.add(this.ids.get(cluster)));
		save(new OrganisationDetails(name, kind, null, siren, clusterIds,
				new PublicProfile(shortName, size, sector, city, region, website, description, tags)));
	}

	private void save(OrganisationDetails details) {
		List<Organisation> existing = new ArrayList<>();
		this.organisations.findFirstByNameIgnoreCase(details.name()).ifPresent(existing::add);
		Organisation saved = existing.isEmpty() ? this.directory.create(details)
				: this.directory.update(existing.get(0).getId(), existing.get(0).getVersion(), details);
		this.ids.put(details.name(), saved.getId());
	}

}
