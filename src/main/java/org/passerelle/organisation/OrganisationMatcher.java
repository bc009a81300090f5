package org.passerelle.organisation;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the organisations of the directory that are probably the one being created or
 * imported: first by an identifier (SIRET, UAI, RNA, ROR, then the VAT number or the
 * SIREN in the same city), then by a name that PostgreSQL finds similar (trigram
 * similarity on {@link MatchText#name}, through the trigram index) in the same city
 * ({@link MatchText#city}: "Marseille 7e" is Marseille) or where one city is unknown. The
 * creation form shows what it finds for the person to confirm; nothing is ever merged or
 * skipped on its word alone. Merged organisations (redirects) are never found.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationMatcher {

	/**
	 * How similar two names must be to be called probably the same (0 to 1): on the
	 * generated near-duplicates of the tests, 0.5 found every one but proposed a wrong
	 * organisation for 29 of 109 guesses (names sharing two words of three), 0.6 for 10,
	 * 0.7 missed some.
	 */
	public static final double NAME_SIMILARITY = 0.6;

	private static final int LIMIT = 5;

	private final JdbcClient jdbc;

	private final OrganisationRepository organisations;

	private final JdbcTemplate jdbcTemplate;

	OrganisationMatcher(JdbcClient jdbc, OrganisationRepository organisations, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * For each candidate (by its position in the list), the organisation whose name is
	 * the most similar, in the same city or where one city is unknown, as
	 * {@link #matches} finds them by name; in one query for the whole list (a lateral
	 * join, each name looked up through the trigram indexes), for the import's batches.
	 * Merged organisations are never found.
	 * <p>
	 * Each name is probed as {@link DuplicateCandidates} probes them: in its own city
	 * through the index on city and name, among the organisations without a city through
	 * their partial index, and in every city only for a candidate without one (the
	 * trigram index alone reads every similar name of the country). The statement is held
	 * to these indexes: on a small directory (the first import of a new portal)
	 * PostgreSQL would rather compare each name with every organisation, a trigram
	 * similarity computed for each (bench/import.sh: 28 s of the check of 100,000 rows
	 * against 60 organisations).
	 */
	public Map<Integer, Long> mostSimilarNames(List<Candidate> candidates) {
		Map<Integer, Long> found = new LinkedHashMap<>();
		if (candidates.isEmpty()) {
			return found;
		}
		String[] names = candidates.stream()
			.map((candidate) -> MatchText.name(candidate.name()))
			.toArray(String[]::new);
		String[] cities = candidates.stream()
			.map((candidate) -> MatchText.city(candidate.city()))
			.toArray(String[]::new);
		this.jdbcTemplate.queryForList("""
				select set_config('pg_trgm.similarity_threshold', ?, true), set_config('enable_seqscan', 'off', true),
				  set_config('enable_indexscan', 'off', true)""", String.valueOf(NAME_SIMILARITY));
		// "offset 0" keeps "not merged" out of the three probes, so that none of them
		// goes through the index of merged organisations rather than a trigram index
		this.jdbcTemplate.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement("""
					select c.position, m.id from unnest(?::text[], ?::text[]) with ordinality as c(name, city, position)
					cross join lateral (
					  select o.id from (
					    select o.id, o.match_name, o.merged_into_id from organisation o
					      where c.city <> '' and o.match_city = c.city and o.match_name % c.name
					    union all select o.id, o.match_name, o.merged_into_id from organisation o
					      where coalesce(o.match_city, '') = '' and o.match_name % c.name
					    union all select o.id, o.match_name, o.merged_into_id from organisation o
					      where c.city = '' and coalesce(o.match_city, '') <> '' and o.match_name % c.name
					    offset 0) o
					  where o.merged_into_id is null and c.name <> ''
					  order by similarity(o.match_name, c.name) desc, o.id
					  limit 1) m""");
			statement.setArray(1, connection.createArrayOf("text", names));
			statement.setArray(2, connection.createArrayOf("text", cities));
			return statement;
		}, (rs) -> {
			found.put(rs.getInt(1) - 1, rs.getLong(2));
		});
		this.jdbcTemplate.queryForList("select set_config(name, reset_val, true) from pg_settings "
				+ "where name in ('enable_seqscan', 'enable_indexscan')");
		return found;
	}

	/**
	 * What is being looked for.
	 *
	 * @param name its name
	 * @param city its city
	 * @param siren its SIREN
	 * @param establishment its other identifiers (only those are read)
	 */
	public record Candidate(String name, @Nullable String city, @Nullable String siren,
			EstablishmentDetails establishment) {

		public static Candidate of(String name, @Nullable String city) {
			return new Candidate(name, city, null, EstablishmentDetails.NONE);
		}

	}

	/** Why an organisation is probably the one looked for, strongest first. */
	public enum Reason {

		SAME_SIRET, SAME_UAI, SAME_RNA, SAME_ROR, SAME_VAT_SAME_CITY, SAME_SIREN_SAME_CITY, SIMILAR_NAME;

		public String messageKey() {
			return "match.reason." + name().toLowerCase(java.util.Locale.ROOT);
		}

		/** An identifier of one establishment: certainly the same one. */
		public boolean isCertain() {
			return this == SAME_SIRET || this == SAME_UAI;
		}

	}

	/**
	 * An organisation probably the same as the candidate.
	 *
	 * @param organisation the organisation of the directory
	 * @param reason why
	 * @param similarity how similar the names are (0 to 1)
	 */
	public record Match(Organisation organisation, Reason reason, double similarity) {

	}

	/**
	 * The organisations probably the same as the candidate, the strongest reason first,
	 * at most five; {@code exceptId} (the organisation being edited) is left out.
	 */
	public List<Match> matches(Candidate candidate, @Nullable Long exceptId) {
		Map<Long, Reason> reasons = new LinkedHashMap<>();
		Map<Long, Double> similarities = new LinkedHashMap<>();
		EstablishmentDetails establishment = candidate.establishment();
		String name = MatchText.name(candidate.name());
		String city = MatchText.city(candidate.city());
		byIdentifier(reasons, Reason.SAME_SIRET, "siret", establishment.siret(), null);
		byIdentifier(reasons, Reason.SAME_UAI, "uai", establishment.uai(), null);
		byIdentifier(reasons, Reason.SAME_RNA, "rna", establishment.rna(), null);
		byIdentifier(reasons, Reason.SAME_ROR, "ror", establishment.ror(), null);
		byIdentifier(reasons, Reason.SAME_VAT_SAME_CITY, "vat_number", establishment.vatNumber(), city);
		byIdentifier(reasons, Reason.SAME_SIREN_SAME_CITY, "siren", candidate.siren(), city);
		if (!name.isEmpty()) {
			this.jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
				.param("threshold", String.valueOf(NAME_SIMILARITY))
				.query(String.class)
				.single();
			this.jdbc.sql("""
					select id, similarity(match_name, :name) as score from organisation
					where merged_into_id is null and match_name % :name
					  and (:city = '' or coalesce(match_city, '') in ('', :city))
					order by score desc, id
					limit :limit""")
				.param("name", name)
				.param("city", city)
				.param("limit", LIMIT + 1)
				.query((rs, row) -> {
					long id = rs.getLong("id");
					reasons.putIfAbsent(id, Reason.SIMILAR_NAME);
					similarities.put(id, rs.getDouble("score"));
					return id;
				})
				.list();
		}
		if (exceptId != null) {
			reasons.remove(exceptId);
		}
		Map<Long, Organisation> found = new LinkedHashMap<>();
		this.organisations.findAllById(reasons.keySet()).forEach((o) -> found.put(o.getId(), o));
		List<Match> matches = new ArrayList<>();
		reasons.forEach((id, reason) -> {
			Organisation organisation = found.get(id);
			if (organisation != null) {
				matches.add(new Match(organisation, reason, similarities.getOrDefault(id, 1.0)));
			}
		});
		matches.sort((a, b) -> (a.reason() != b.reason()) ? a.reason().compareTo(b.reason())
				: Double.compare(b.similarity(), a.similarity()));
		return matches.subList(0, Math.min(LIMIT, matches.size()));
	}

	/** The organisation certainly the same (same SIRET or UAI), if any. */
	public @Nullable Match certain(Candidate candidate, @Nullable Long exceptId) {
		return matches(candidate, exceptId).stream()
			.filter((match) -> match.reason().isCertain())
			.findFirst()
			.orElse(null);
	}

	private void byIdentifier(Map<Long, Reason> reasons, Reason reason, String column, @Nullable String value,
			@Nullable String city) {
		if (value == null) {
			return;
		}
		// column is one of this class's constants, never input
		String sql = "select id, match_city from organisation where merged_into_id is null and " + column
				+ " = :value order by id limit " + LIMIT;
		this.jdbc.sql(sql).param("value", value).query((rs, row) -> {
			String otherCity = rs.getString("match_city");
			if (city == null || city.isEmpty() || otherCity == null || otherCity.isEmpty()
					|| Objects.equals(city, otherCity)) {
				reasons.putIfAbsent(rs.getLong("id"), reason);
			}
			return null;
		}).list();
	}

}
