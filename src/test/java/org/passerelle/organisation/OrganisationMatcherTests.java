package org.passerelle.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.passerelle.PostgresTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching on PostgreSQL: identifiers first, then trigram-similar names in the same city,
 * and its precision and recall on generated near-duplicates (the numbers are printed).
 */
@PostgresTest
class OrganisationMatcherTests {

	private static final String[] KINDS = { "Laboratoires", "Atelier", "Institut", "Cabinet", "Studio", "Bureau",
			"Agence", "Compagnie" };

	private static final String[] PLACES = { "Calanque", "Mistral", "Garrigue", "Lavande", "Sainte-Victoire", "Estaque",
			"Canebière", "Frioul", "Pharo", "Goudes", "Sormiou", "Luminy", "Ventoux", "Camargue", "Durance", "Alpilles",
			"Lubéron", "Verdon", "Château-d'If", "Belsunce" };

	private static final String[] TRADES = { "Conseil", "Numérique", "Biotech", "Maritime", "Ingénierie", "Robotique",
			"Énergie", "Logistique" };

	@Autowired
	private OrganisationDirectory directory;

	@Autowired
	private OrganisationMatcher matcher;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void findsTheSameIdentifierFirst() {
		String word = DirectoryTestData.uniqueWord();
		String siren = DirectoryTestData.uniqueSiren();
		String siret = siretOf(siren);
		Organisation stored = this.directory
			.create(new OrganisationDetails("Établissement " + word, OrganisationKind.COMPANY, null, siren, Set.of(),
					new PublicProfile(null, null, null, "Lyon", null, null, null, Set.of()),
					new EstablishmentDetails(siret, null, null, null, null, "FR", null, null, null)));
		List<OrganisationMatcher.Match> matches = this.matcher
			.matches(new OrganisationMatcher.Candidate("Un tout autre nom", "Paris", null,
					new EstablishmentDetails(siret, null, null, null, null, "FR", null, null, null)), null);
		assertThat(matches).extracting((m) -> m.organisation().getId()).containsExactly(stored.getId());
		assertThat(matches.get(0).reason()).isEqualTo(OrganisationMatcher.Reason.SAME_SIRET);
		assertThat(this.matcher.certain(
				new OrganisationMatcher.Candidate("x", null, null,
						new EstablishmentDetails(siret, null, null, null, null, "FR", null, null, null)),
				stored.getId()))
			.as("the organisation being edited is left out")
			.isNull();
		// a SIREN is shared: in another city, it is not the same establishment
		assertThat(this.matcher.matches(
				new OrganisationMatcher.Candidate("Autre " + word, "Paris", siren, EstablishmentDetails.NONE), null))
			.isEmpty();
		assertThat(this.matcher.matches(
				new OrganisationMatcher.Candidate("Autre " + word, "Lyon 3e", siren, EstablishmentDetails.NONE), null))
			.extracting(OrganisationMatcher.Match::reason)
			.containsExactly(OrganisationMatcher.Reason.SAME_SIREN_SAME_CITY);
	}

	@Test
	void marseilleSeventhIsMarseille() {
		String word = DirectoryTestData.uniqueWord();
		String city = "Zq" + word.substring(2, 8);
		Organisation stored = this.directory
			.create(DirectoryTestData.organisation("Provepharm " + word, OrganisationKind.COMPANY, city));
		assertThat(
				this.matcher.matches(OrganisationMatcher.Candidate.of("PROVEPHARM S.A.S. " + word, city + " 7e"), null))
			.extracting((m) -> m.organisation().getId())
			.containsExactly(stored.getId());
		assertThat(this.matcher.matches(
				OrganisationMatcher.Candidate.of("Provepharm " + word, city.toUpperCase(Locale.ROOT) + " CEDEX 07"),
				null))
			.extracting((m) -> m.organisation().getId())
			.containsExactly(stored.getId());
		assertThat(this.matcher.matches(OrganisationMatcher.Candidate.of("Provepharm " + word, "Toulouse"), null))
			.as("another city")
			.isEmpty();
	}

	/**
	 * The import's lookup of a batch: the most similar name in the row's city or without
	 * a city, in any city for a row without one, never a merged organisation; and the
	 * planner's settings it changes for its statement are back as they were.
	 */
	@Test
	void theBatchLookupFindsSimilarNamesInTheSameCityOrWithoutOne() {
		String word = DirectoryTestData.uniqueWord();
		String city = "Zq" + word.substring(2, 8);
		String other = "Zr" + word.substring(2, 8);
		long inCity = this.directory
			.create(DirectoryTestData.organisation("Atelier Mistral " + word, OrganisationKind.COMPANY, city))
			.getId();
		long noCity = this.directory
			.create(DirectoryTestData.organisation("Cabinet Frioul " + word, OrganisationKind.COMPANY, ""))
			.getId();
		long elsewhere = this.directory
			.create(DirectoryTestData.organisation("Studio Luminy " + word, OrganisationKind.COMPANY, other))
			.getId();
		long merged = this.directory
			.create(DirectoryTestData.organisation("Agence Pharo " + word, OrganisationKind.COMPANY, city))
			.getId();
		this.jdbc.update("update organisation set merged_into_id = ?, active = false where id = ?", inCity, merged);
		List<OrganisationMatcher.Candidate> candidates = List.of(
				OrganisationMatcher.Candidate.of("ATELIER MISTRAL " + word + " SAS", city + " 7e"),
				OrganisationMatcher.Candidate.of("Cabinet Frioul " + word, city),
				OrganisationMatcher.Candidate.of("Studio Luminy " + word, city),
				OrganisationMatcher.Candidate.of("Studio Luminy " + word, null),
				OrganisationMatcher.Candidate.of("Agence Pharo " + word, city),
				OrganisationMatcher.Candidate.of("Un tout autre nom " + word, city));
		String[] settings = new String[1];
		Map<Integer, Long> found = this.transactions.execute((status) -> {
			Map<Integer, Long> similar = this.matcher.mostSimilarNames(candidates);
			settings[0] = this.jdbc.queryForObject(
					"select current_setting('enable_seqscan') || ' ' || current_setting('enable_indexscan')",
					String.class);
			return similar;
		});
		assertThat(found).as("by position: same city, no city, another city only for a row without one")
			.containsExactlyInAnyOrderEntriesOf(Map.of(0, inCity, 1, noCity, 3, elsewhere));
		assertThat(settings[0]).isEqualTo("on on");
	}

	/**
	 * Organisations with names built from the same words (hard cases: "Atelier Mistral
	 * Conseil" and "Studio Mistral Conseil" are different), each looked for again as
	 * people write it elsewhere, and other names that are not in the directory.
	 */
	@Test
	void precisionAndRecallOnGeneratedNearDuplicates() {
		Random random = new Random(11);
		String city = "Zq" + DirectoryTestData.uniqueWord().substring(2, 9);
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < 120) {
			names.add(KINDS[random.nextInt(KINDS.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " "
					+ TRADES[random.nextInt(TRADES.length)]);
		}
		List<String> all = new ArrayList<>(names);
		List<String> stored = all.subList(0, 80);
		List<String> absent = all.subList(80, 120);
		List<Long> ids = new ArrayList<>();
		for (String name : stored) {
			ids.add(this.directory.create(DirectoryTestData.organisation(name, OrganisationKind.COMPANY, city))
				.getId());
		}
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		for (int i = 0; i < stored.size(); i++) {
			String variant = variant(stored.get(i), i);
			String variantCity = (i % 3 == 0) ? city + " " + (1 + i % 16) + "e"
					: (i % 3 == 1) ? city.toUpperCase(Locale.ROOT) + " CEDEX" : city;
			List<OrganisationMatcher.Match> matches = this.matcher
				.matches(OrganisationMatcher.Candidate.of(variant, variantCity), null);
			if (matches.isEmpty()) {
				falseNegatives++;
			}
			else if (matches.get(0).organisation().getId().equals(ids.get(i))) {
				truePositives++;
			}
			else {
				falsePositives++;
				falseNegatives++;
			}
		}
		for (String name : absent) {
			if (!this.matcher.matches(OrganisationMatcher.Candidate.of(name, city), null).isEmpty()) {
				falsePositives++;
			}
		}
		double precision = truePositives / (double) (truePositives + falsePositives);
		double recall = truePositives / (double) (truePositives + falseNegatives);
		System.out.printf(Locale.ROOT,
				"Matching on %d near-duplicates and %d absent names: precision %.2f, recall %.2f (TP %d, FP %d, FN %d)%n",
				stored.size(), absent.size(), precision, recall, truePositives, falsePositives, falseNegatives);
		assertThat(recall).isGreaterThanOrEqualTo(0.9);
		assertThat(precision).isGreaterThanOrEqualTo(0.85);
	}

	/** The name as another register or person writes it. */
	private static String variant(String name, int i) {
		return switch (i % 6) {
			case 0 -> name.toUpperCase(Locale.ROOT);
			case 1 -> Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "") + " SAS";
			case 2 -> "Les " + name + " S.A.R.L.";
			case 3 -> name.replace("Sainte-", "Ste ").replace("-", " ");
			case 4 -> {
				// one typing mistake: two letters swapped in the middle
				int at = name.length() / 2;
				yield name.substring(0, at - 1) + name.charAt(at) + name.charAt(at - 1) + name.substring(at + 1);
			}
			default -> name.toLowerCase(Locale.ROOT) + " (groupe)";
		};
	}

	private static String siretOf(String siren) {
		for (int check = 0; check <= 9; check++) {
			String siret = siren + "0001" + check;
			if (Identifier.SIRET.isValid(siret)) {
				return siret;
			}
		}
		throw new IllegalStateException();
	}

}
