package org.passerelle.stand;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.event.EventTitle;

/**
 * Stands in a line each, for the home pages: those awaiting an institution's decision
 * (stands alone and shared at the events it organises), and an organisation's own. One
 * statement each, whatever the number of stands.
 */
@Service
@Transactional(readOnly = true)
public class StandLines {

	private static final String SELECT = """
			select s.id, s.event_id, e.title_fr, e.title_en, o.name as lead, s.shared, s.status,
			  (select count(*) from stand_company c where c.stand_id = s.id and c.status <> 'REFUSED') as companies
			from stand s
			join event e on e.id = s.event_id
			join organisation o on o.id = s.lead_organisation_id
			""";

	private final JdbcClient jdbc;

	StandLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stands waiting for a decision at the events this institution organises, oldest
	 * first.
	 */
	public List<StandLine> awaitingDecision(long institutionId, int limit) {
		return this.jdbc
			.sql(SELECT
					+ """
							where s.status = 'PENDING'
							  and exists (select 1 from event_organiser eo where eo.event_id = s.event_id and eo.organisation_id = :institution)
							order by s.id
							limit :limit
							""")
			.param("institution", institutionId)
			.param("limit", limit)
			.query(StandLines::line)
			.list();
	}

	/** The stands this organisation leads or shares (not refused), newest first. */
	public List<StandLine> of(long organisationId, int limit) {
		return this.jdbc.sql(SELECT + """
				where s.status in ('PENDING', 'ACCEPTED')
				  and (s.lead_organisation_id = :organisation or exists (select 1 from stand_company c
				    where c.stand_id = s.id and c.organisation_id = :organisation and c.status <> 'REFUSED'))
				order by s.id desc
				limit :limit
				""").param("organisation", organisationId).param("limit", limit).query(StandLines::line).list();
	}

	private static StandLine line(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StandLine(rs.getLong("id"), rs.getLong("event_id"), rs.getString("title_fr"),
				rs.getString("title_en"), rs.getString("lead"), rs.getBoolean("shared"),
				StandStatus.valueOf(rs.getString("status")), rs.getInt("companies"));
	}

	/**
	 * A stand in a line.
	 *
	 * @param standId the stand
	 * @param eventId its event
	 * @param titleFr the event's French title, if any
	 * @param titleEn the event's English title, if any
	 * @param lead the lead company's name
	 * @param shared whether it is a shared stand
	 * @param status where it stands
	 * @param companies the companies on it or invited
	 */
	public record StandLine(long standId, long eventId, @Nullable String titleFr, @Nullable String titleEn, String lead,
			boolean shared, StandStatus status, int companies) {

		/** The event's title in this language, or in the other when it has none. */
		public String title(Locale locale) {
			return new EventTitle(this.titleFr, this.titleEn).in(locale);
		}

		/** See {@link EventTitle#languageIfOther}. */
		public @Nullable String titleLanguage(Locale locale) {
			return new EventTitle(this.titleFr, this.titleEn).languageIfOther(locale);
		}

	}

}
