package org.passerelle.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's registrations to sessions to come (its employees registered by its
 * liaisons), for the liaison's home page: soonest first.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationRegistrations {

	private final JdbcClient jdbc;

	private final Events events;

	OrganisationRegistrations(JdbcClient jdbc, Events events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** The live registrations (holding a place or waiting) to sessions from today. */
	public List<UpcomingRegistration> upcoming(long organisationId, int limit) {
		return this.jdbc.sql("""
				select e.id as event_id, e.title_fr, e.title_en, s.day, r.name, r.status
				from event_registration r
				join event_session s on s.id = r.session_id
				join event e on e.id = r.event_id
				where r.organisation_id = :organisation and s.day >= :today
				  and r.status in ('PENDING', 'CONFIRMED', 'WAITLISTED')
				order by s.day, s.starts_at, r.name, r.id
				limit :limit
				""")
			.param("organisation", organisationId)
			.param("today", this.events.today())
			.param("limit", limit)
			.query((rs, row) -> new UpcomingRegistration(rs.getLong("event_id"), rs.getString("title_fr"),
					rs.getString("title_en"), rs.getObject("day", LocalDate.class), rs.getString("name"),
					RegistrationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/** A registration to a session to come. */
	public record UpcomingRegistration(long eventId, String titleFr, String titleEn, LocalDate day, String name,
			RegistrationStatus status) {

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
