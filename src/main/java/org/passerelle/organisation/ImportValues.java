package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The values of the directory's lists (kind, size class, sector, region) and every way
 * files write them: codes, English and French labels, and the synonyms of public data
 * sets ("Université", "École d'ingénieurs", "PME", "ETI", "GE", "IDF", "Région Sud",
 * INSEE region codes...), all compared without regard to case, accents or punctuation.
 */
final class ImportValues {

	/** Synonyms, normalised, of each list's values. */
	private static final Map<ImportField, Map<String, String>> SYNONYMS = Map.of(ImportField.KIND, synonyms(
			"UNIVERSITY",
			"universite|universites|univ|universite publique|etablissement public experimental"
					+ "|grand etablissement|communaute d universites et etablissements|comue|universite de technologie",
			"SCHOOL",
			"ecole|ecole d ingenieurs|ecole d ingenieur|ecole d ingenieurs publique|ecole d ingenieurs privee"
					+ "|grande ecole|ecole de commerce|ecole de management|ecole normale superieure|ecole superieure"
					+ "|institut|institut d etudes politiques|ecole d art|ecole d architecture",
			"FACULTY", "faculte|ufr|composante|unite de formation et de recherche|iut", "LABORATORY",
			"laboratoire|labo|umr|unite mixte de recherche|unite de recherche|ea|equipe d accueil", "COMPANY",
			"entreprise|societe|sas|sasu|sa|sarl|eurl|sci|pme|eti|tpe|start up|startup|groupe|firme|business",
			"CLUSTER", "pole|pole de competitivite|cluster|grappe d entreprises", "PUBLIC_BODY",
			"organisme public|etablissement public|epic|epa|epst|collectivite|collectivite territoriale"
					+ "|administration|ministere|mairie|commune|conseil departemental|conseil regional|agence",
			"ASSOCIATION", "association|asso|association loi 1901|federation", "FOUNDATION",
			"fondation|fondation d entreprise|fonds de dotation", "BANK", "banque|etablissement de credit",
			"ACCELERATOR", "accelerateur|incubateur|pepiniere|technopole|satt"), ImportField.SIZE_CLASS,
			synonyms("MICRO", "tpe|micro|micro entreprise|microentreprise|tres petite entreprise", "SME",
					"pme|petite et moyenne entreprise|petites et moyennes entreprises|petite entreprise", "MID_CAP",
					"eti|entreprise de taille intermediaire|mid cap|midcap|intermediate", "LARGE",
					"ge|grande entreprise|grandes entreprises|grand groupe|groupe|large company|large enterprise"),
			ImportField.SECTOR,
			synonyms("AEROSPACE_DEFENCE", "aeronautique|aerospatial|defense|spatial", "AGRIFOOD",
					"agroalimentaire|agriculture|agro", "BANKING_INSURANCE", "banque|assurance|finance",
					"HEALTH_BIOTECH", "sante|pharmacie|biotechnologies|biotech|medical", "CHEMISTRY_MATERIALS",
					"chimie|materiaux", "CONSTRUCTION", "btp|batiment", "DIGITAL",
					"numerique|informatique|logiciel|it|tic", "ENERGY_ENVIRONMENT", "energie|environnement",
					"MANUFACTURING", "industrie", "LOGISTICS_TRANSPORT", "logistique|transport", "RESEARCH_EDUCATION",
					"enseignement superieur|recherche|education|enseignement", "TOURISM_CULTURE", "tourisme|culture"),
			ImportField.REGION,
			synonyms("ILE_DE_FRANCE", "idf|ile de france|region ile de france|iledefrance|paris region|11",
					"PROVENCE_ALPES_COTE_D_AZUR", "paca|region sud|sud|provence alpes cote dazur|93",
					"AUVERGNE_RHONE_ALPES", "aura|auvergne rhone alpes|84", "BOURGOGNE_FRANCHE_COMTE", "bfc|27",
					"BRETAGNE", "53", "CENTRE_VAL_DE_LOIRE", "centre|24", "CORSE", "94", "GRAND_EST", "44",
					"HAUTS_DE_FRANCE", "hdf|32", "NORMANDIE", "28", "NOUVELLE_AQUITAINE", "75", "OCCITANIE", "76",
					"PAYS_DE_LA_LOIRE", "52", "GUADELOUPE", "01", "MARTINIQUE", "02", "GUYANE", "03", "LA_REUNION",
					"reunion|04", "MAYOTTE", "06", "ABROAD", "etranger|hors de france|abroad|international"));

	private final Map<ImportField, Map<String, String>> lookups = new EnumMap<>(ImportField.class);

	private final Map<ImportField, String> accepted = new EnumMap<>(ImportField.class);

	ImportValues(MessageSource messages, Locale locale) {
		add(ImportField.KIND, OrganisationKind.values(), OrganisationKind::messageKey, messages, locale);
		add(ImportField.SIZE_CLASS, SizeClass.values(), SizeClass::messageKey, messages, locale);
		add(ImportField.SECTOR, Sector.values(), Sector::messageKey, messages, locale);
		add(ImportField.REGION, Region.values(), Region::messageKey, messages, locale);
		SYNONYMS.forEach((field, synonyms) -> synonyms.forEach(this.lookups.get(field)::putIfAbsent));
	}

	/** The enumeration of a field's values. */
	static Class<? extends Enum<?>> type(ImportField field) {
		return switch (field) {
			case KIND -> OrganisationKind.class;
			case SIZE_CLASS -> SizeClass.class;
			case SECTOR -> Sector.class;
			case REGION -> Region.class;
			default -> throw new IllegalArgumentException(field + " holds no list of values");
		};
	}

	/** The constant named, for the value of a list ("SME" of the size class). */
	static Enum<?> valueOf(ImportField field, String name) {
		return switch (field) {
			case KIND -> OrganisationKind.valueOf(name);
			case SIZE_CLASS -> SizeClass.valueOf(name);
			case SECTOR -> Sector.valueOf(name);
			case REGION -> Region.valueOf(name);
			default -> throw new IllegalArgumentException(field + " holds no list of values");
		};
	}

	/**
	 * The value a cell of the file names without anyone's help, or {@code null} when it
	 * is not recognised.
	 */
	@Nullable String propose(ImportField field, String cell) {
		String key = SearchText.normalise(cell);
		Map<String, String> lookup = this.lookups.get(field);
		String found = lookup.get(key);
		if (found == null && key.startsWith("region ")) {
			found = lookup.get(key.substring("region ".length()));
		}
		return found;
	}

	/** The values a field accepts, as the person reads them, separated by commas. */
	String accepted(ImportField field) {
		return this.accepted.get(field);
	}

	private <E extends Enum<E>> void add(ImportField field, E[] values, Function<E, String> key, MessageSource messages,
			Locale locale) {
		Map<String, String> lookup = new HashMap<>();
		List<String> labels = new ArrayList<>();
		for (E value : values) {
			lookup.put(SearchText.normalise(value.name()), value.name());
			for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
				String label = messages.getMessage(key.apply(value), null, null, language);
				if (label != null) {
					lookup.putIfAbsent(SearchText.normalise(label), value.name());
					int detail = label.indexOf(" (");
					if (detail > 0) {
						lookup.putIfAbsent(SearchText.normalise(label.substring(0, detail)), value.name());
					}
				}
			}
			labels.add(messages.getMessage(key.apply(value), null, value.name(), locale));
		}
		this.lookups.put(field, lookup);
		this.accepted.put(field, labels.stream().collect(Collectors.joining(", ")));
	}

	/**
	 * A phrase as {@link SearchText#normalise} writes it when the file elides its
	 * articles with an apostrophe: "ecole d ingenieurs" is "ecole dingenieurs" once
	 * "École d'ingénieurs" is normalised (an underscore, as in
	 * {@code type_d_etablissement}, keeps the space).
	 */
	static String elided(String phrase) {
		return phrase.replaceAll("\\b([dl]) ", "$1");
	}

	private static Map<String, String> synonyms(String... valuesAndWords) {
		Map<String, String> synonyms = new HashMap<>();
		for (int i = 0; i < valuesAndWords.length; i += 2) {
			for (String word : valuesAndWords[i + 1].split("\\|")) {
				synonyms.putIfAbsent(word, valuesAndWords[i]);
				synonyms.putIfAbsent(elided(word), valuesAndWords[i]);
			}
		}
		return synonyms;
	}

}
