package org.passerelle.convention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's figures on conventions for a period and, if chosen, one institution with
 * its components: conventions in force by pillar and by partner size, conventions signed
 * each year, follow-up actions by pillar and status, partners newly engaged each year and
 * partners present in several pillars. Six queries whatever the data's size, each counted
 * in PostgreSQL.
 * <p>
 * A convention is <em>in force</em> during the period when it was signed (signed, active,
 * expired or terminated) and its term meets the period: it started on or before the
 * period's last day, and it had not ended (nor been terminated) before its first.
 */
@Service
@Transactional(readOnly = true)
public class ConventionFigures {

	/** The institution chosen (or none, for all) and its components at any depth. */
	private static final String SCOPE = FigureScope.ORGANISATIONS;

	/**
	 * Whether convention {@code c} has the chosen institution, or a component, as a
	 * party.
	 */
	private static final String IN_SCOPE = """
			(cast(:institution as bigint) is null or exists (
			  select 1 from convention_party i join scope_organisation s on s.id = i.organisation_id
			  where i.convention_id = c.id and i.role = 'INSTITUTION'))
			""";

	/** Signed, not a draft nor in negotiation. */
	private static final String SIGNED = "c.status in ('SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED')";

	/** The conventions in scope in force during the period. */
	private static final String IN_FORCE = SCOPE + """
			, in_force as (
			  select c.id from convention c
			  where %s
			    and c.starts_on <= :to
			    and (c.open_ended or c.ends_on >= :from)
			    and (c.terminated_on is null or c.terminated_on >= :from)
			    and %s
			)
			""".formatted(SIGNED, IN_SCOPE);

	private final JdbcClient jdbc;

	private final Conventions conventions;

	ConventionFigures(JdbcClient jdbc, Conventions conventions) {
		this.jdbc = jdbc;
		this.conventions = conventions;
	}

	public Figures figures(FigureScope scope) {
		return new Figures(scope, byPillar(scope), byPartnerSize(scope), signedPerYear(scope), actions(scope),
				newPartnersPerYear(scope), partnersInSeveralPillars(scope));
	}

	public List<PillarCount> byPillar(FigureScope scope) {
		return query(IN_FORCE + """
				select p.id, p.name_fr, p.name_en, p.colour, count(distinct f.id) as conventions
				from in_force f
				join convention_pillar cp on cp.convention_id = f.id
				join pillar p on p.id = cp.pillar_id
				group by p.id, p.name_fr, p.name_en, p.colour, p.position
				order by p.position
				""", scope)
			.query((rs, row) -> new PillarCount(rs.getLong("id"), rs.getString("name_fr"), rs.getString("name_en"),
					PillarColour.of(rs.getString("colour")), rs.getLong("conventions")))
			.list();
	}

	/**
	 * Conventions in force by the size of their partners: a convention with an SME and a
	 * large group counts once in each; partners that are not companies (public bodies,
	 * clusters, associations…) count as {@link PartnerSize#OTHER}.
	 */
	public List<SizeCount> byPartnerSize(FigureScope scope) {
		Map<PartnerSize, Long> counts = new LinkedHashMap<>();
		for (PartnerSize size : PartnerSize.values()) {
			counts.put(size, 0L);
		}
		query(IN_FORCE + """
				select case when o.kind <> 'COMPANY' then 'OTHER' else coalesce(o.size_class, 'UNKNOWN') end as size,
				  count(distinct f.id) as conventions
				from in_force f
				join convention_party p on p.convention_id = f.id and p.role = 'PARTNER'
				join organisation o on o.id = p.organisation_id
				group by 1
				""", scope)
			.query((rs, row) -> Map.entry(PartnerSize.valueOf(rs.getString("size")), rs.getLong("conventions")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		List<SizeCount> sizes = new ArrayList<>();
		counts.forEach((size, count) -> sizes.add(new SizeCount(size, count)));
		return sizes;
	}

	/** Conventions signed each year of the period, years without one included. */
	public List<YearCount> signedPerYear(FigureScope scope) {
		return query(SCOPE + """
				select y.year, count(c.id) as conventions
				from generate_series(extract(year from cast(:from as date))::int,
				  extract(year from cast(:to as date))::int) as y (year)
				left join convention c on extract(year from c.signed_on) = y.year
				  and c.signed_on between :from and :to
				  and %s
				  and %s
				group by y.year
				order by y.year
				""".formatted(SIGNED, IN_SCOPE), scope)
			.query((rs, row) -> new YearCount(rs.getInt("year"), rs.getLong("conventions")))
			.list();
	}

	/**
	 * The follow-up actions of the conventions in force, by pillar and status; overdue:
	 * planned or in progress, and due before today.
	 */
	public List<PillarActions> actions(FigureScope scope) {
		return query(IN_FORCE + """
				select p.id, p.name_fr, p.name_en, p.colour,
				  count(*) filter (where a.status = 'PLANNED') as planned,
				  count(*) filter (where a.status = 'IN_PROGRESS') as in_progress,
				  count(*) filter (where a.status = 'DONE') as done,
				  count(*) filter (where a.status = 'CANCELLED') as cancelled,
				  count(*) filter (where a.status in ('PLANNED', 'IN_PROGRESS') and a.due_on < :today) as overdue
				from in_force f
				join convention_axis x on x.convention_id = f.id
				join convention_action a on a.axis_id = x.id
				join pillar p on p.id = x.pillar_id
				group by p.id, p.name_fr, p.name_en, p.colour, p.position
				order by p.position
				""", scope).param("today", this.conventions.today())
			.query((rs, row) -> new PillarActions(
					new PillarCount(rs.getLong("id"), rs.getString("name_fr"), rs.getString("name_en"),
							PillarColour.of(rs.getString("colour")), 0),
					rs.getLong("planned"), rs.getLong("in_progress"), rs.getLong("done"), rs.getLong("cancelled"),
					rs.getLong("overdue")))
			.list();
	}

	/**
	 * Partners engaged for the first time each year of the period: the year of the first
	 * signed convention they are a partner of (with the chosen institution, if one is).
	 */
	public List<YearCount> newPartnersPerYear(FigureScope scope) {
		return query(SCOPE + """
				, firsts as (
				  select p.organisation_id, min(extract(year from c.signed_on))::int as year
				  from convention c
				  join convention_party p on p.convention_id = c.id and p.role = 'PARTNER'
				  where c.signed_on is not null
				    and %s
				    and %s
				  group by p.organisation_id
				)
				select y.year, count(f.organisation_id) as partners
				from generate_series(extract(year from cast(:from as date))::int,
				  extract(year from cast(:to as date))::int) as y (year)
				left join firsts f on f.year = y.year
				group by y.year
				order by y.year
				""".formatted(SIGNED, IN_SCOPE), scope)
			.query((rs, row) -> new YearCount(rs.getInt("year"), rs.getLong("partners")))
			.list();
	}

	/** Partners whose conventions in force cover two pillars or more, most first. */
	public List<PartnerPillars> partnersInSeveralPillars(FigureScope scope) {
		return query(IN_FORCE + """
				select o.id, o.name, count(distinct cp.pillar_id) as pillars, count(distinct f.id) as conventions
				from in_force f
				join convention_party p on p.convention_id = f.id and p.role = 'PARTNER'
				join organisation o on o.id = p.organisation_id
				join convention_pillar cp on cp.convention_id = f.id
				group by o.id, o.name
				having count(distinct cp.pillar_id) >= 2
				order by pillars desc, o.name
				limit 50
				""", scope)
			.query((rs, row) -> new PartnerPillars(rs.getLong("id"), rs.getString("name"), rs.getInt("pillars"),
					rs.getInt("conventions")))
			.list();
	}

	private JdbcClient.StatementSpec query(String sql, FigureScope scope) {
		return this.jdbc.sql(sql)
			.param("institution", scope.institutionId(), java.sql.Types.BIGINT)
			.param("from", scope.from())
			.param("to", scope.to());
	}

	/**
	 * What the figures cover.
	 *
	 * @param from the period's first day
	 * @param to the period's last day
	 * @param institutionId an institution (with its components), or {@code null} for all
	 */
	public record FigureScope(LocalDate from, LocalDate to, @Nullable Long institutionId) {

		/**
		 * The common table {@code scope_organisation (id)}: the institution given as
		 * {@code :institution} (none for all) and its components at any depth; a query's
		 * {@code with} clause starts with it.
		 */
		public static final String ORGANISATIONS = """
				with recursive scope_organisation (id) as (
				  select cast(:institution as bigint) where cast(:institution as bigint) is not null
				  union all
				  select o.id from organisation o join scope_organisation s on o.parent_id = s.id
				)
				""";

		public FigureScope {
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("A period ends on or after its first day");
			}
		}

	}

	/** All the figures of a scope. */
	public record Figures(FigureScope scope, List<PillarCount> byPillar, List<SizeCount> byPartnerSize,
			List<YearCount> signedPerYear, List<PillarActions> actions, List<YearCount> newPartnersPerYear,
			List<PartnerPillars> partnersInSeveralPillars) {

	}

	/** A count for a pillar. */
	public record PillarCount(long pillarId, String nameFr, String nameEn, PillarColour colour, long count) {

		public String name(java.util.Locale locale) {
			return "fr".equals(locale.getLanguage()) ? this.nameFr : this.nameEn;
		}

	}

	/** How big a convention's partner is. */
	public enum PartnerSize {

		MICRO, SME, MID_CAP, LARGE,
		/** A company whose size is not known. */
		UNKNOWN,
		/** Not a company: a public body, a cluster, an association, an institution. */
		OTHER;

		public String messageKey() {
			return "report.partnerSize." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Conventions in force with a partner of this size. */
	public record SizeCount(PartnerSize size, long count) {

	}

	/** A count for a year. */
	public record YearCount(int year, long count) {

	}

	/** The follow-up actions of a pillar, by status, and how many are overdue. */
	public record PillarActions(PillarCount pillar, long planned, long inProgress, long done, long cancelled,
			long overdue) {

		public long total() {
			return this.planned + this.inProgress + this.done + this.cancelled;
		}

		public long open() {
			return this.planned + this.inProgress;
		}

	}

	/** A partner present in several pillars. */
	public record PartnerPillars(long organisationId, String name, int pillars, int conventions) {

	}

}
