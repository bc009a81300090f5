package org.passerelle.event;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.SearchText;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Staff import a session's participants from a CSV file, with the directory's pattern:
 * the columns mapped, a preview of what each row will do, then every row or none. Rows
 * beyond the places left go to the waitlist in file order, as the preview shows.
 */
@Service
@Transactional
public class ParticipantImport {

	/** How many rows a file may have. */
	public static final int MAX_ROWS = 2000;

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final EventRepository events;

	private final EventSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	private final Clock clock;

	ParticipantImport(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			EventPermissions permissions, Optional<Clock> clock) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.permissions = permissions;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** What one row will do. */
	public enum Outcome {

		PLACE, WAITLIST, ERROR;

		public String messageKey() {
			return "event.import.outcome." + name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One row of the file as it will be imported.
	 *
	 * @param rank its rank on the waitlist (waitlisted rows)
	 * @param errors message keys of what is wrong with it
	 */
	public record Row(int line, String name, String email, String language, Outcome outcome, int rank,
			List<String> errors) implements Serializable {

	}

	/** What the import will do, row by row, before anything is written. */
	public record Plan(List<Row> rows, int placesLeft) implements Serializable {

		public long count(Outcome outcome) {
			return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
		}

		public boolean hasErrors() {
			return count(Outcome.ERROR) > 0;
		}

		/** Rows with errors first, then the others in file order. */
		public List<Row> errorsFirst() {
			List<Row> ordered = new ArrayList<>(
					this.rows.stream().filter((r) -> r.outcome() == Outcome.ERROR).toList());
			ordered.addAll(this.rows.stream().filter((r) -> r.outcome() != Outcome.ERROR).toList());
			return ordered;
		}

	}

	public CsvTable read(byte[] bytes) {
		return CsvTable.read(bytes, MAX_ROWS);
	}

	/** The field each column's header names, if any. */
	public List<@Nullable ParticipantField> suggest(List<String> headers) {
		List<@Nullable ParticipantField> mapping = new ArrayList<>();
		for (String header : headers) {
			String normalised = SearchText.normalise(header);
			ParticipantField found = null;
			for (ParticipantField field : ParticipantField.values()) {
				if (field.headers().contains(normalised) && !mapping.contains(field)) {
					found = field;
					break;
				}
			}
			mapping.add(found);
		}
		return mapping;
	}

	/** Message keys of what is wrong with the mapping. */
	public List<String> mappingProblems(List<@Nullable ParticipantField> mapping) {
		List<String> problems = new ArrayList<>();
		if (!mapping.contains(ParticipantField.EMAIL)) {
			problems.add("event.import.mapping.noEmail");
		}
		if (!mapping.contains(ParticipantField.NAME) && !mapping.contains(ParticipantField.LAST_NAME)) {
			problems.add("event.import.mapping.noName");
		}
		if (mapping.stream().filter((f) -> f != null).distinct().count() != mapping.stream()
			.filter((f) -> f != null)
			.count()) {
			problems.add("event.import.mapping.twice");
		}
		return problems;
	}

	/** What the import would do now. */
	@Transactional(readOnly = true)
	public Plan plan(long eventId, long sessionId, CsvTable table, List<@Nullable ParticipantField> mapping,
			PasserelleUser user) {
		Session session = editable(eventId, sessionId, user, this.sessions.findById(sessionId));
		return plan(session, table, mapping);
	}

	private Plan plan(Session session, CsvTable table, List<@Nullable ParticipantField> mapping) {
		int placesLeft = session.placesLeft();
		int places = placesLeft;
		int rank = (int) this.registrations.ofSession(session.getId())
			.stream()
			.filter((r) -> r.getStatus() == RegistrationStatus.WAITLISTED)
			.count();
		Set<String> seen = new HashSet<>();
		List<Row> rows = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			String name = value(row, mapping, ParticipantField.NAME);
			if (name.isEmpty()) {
				name = (value(row, mapping, ParticipantField.FIRST_NAME) + " "
						+ value(row, mapping, ParticipantField.LAST_NAME))
					.strip();
			}
			String email = value(row, mapping, ParticipantField.EMAIL);
			String language = language(value(row, mapping, ParticipantField.LANGUAGE));
			List<String> errors = new ArrayList<>();
			if (name.isEmpty()) {
				errors.add("event.import.error.noName");
			}
			else if (name.length() > 200) {
				errors.add("event.import.error.nameTooLong");
			}
			if (email.isEmpty()) {
				errors.add("event.import.error.noEmail");
			}
			else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
				errors.add("event.import.error.badEmail");
			}
			else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
				errors.add("event.import.error.twiceInFile");
			}
			else if (this.registrations.isRegistered(session.getId(), email)) {
				errors.add("event.import.error.registered");
			}
			if (language == null) {
				errors.add("event.import.error.language");
				language = "";
			}
			if (row.extraValues() > 0) {
				errors.add("event.import.error.extraValues");
			}
			Outcome outcome;
			int at = 0;
			if (!errors.isEmpty()) {
				outcome = Outcome.ERROR;
			}
			else if (places > 0) {
				places--;
				outcome = Outcome.PLACE;
			}
			else {
				outcome = Outcome.WAITLIST;
				at = ++rank;
			}
			rows.add(new Row(row.line(), name, email, language, outcome, at, List.copyOf(errors)));
		}
		return new Plan(List.copyOf(rows), placesLeft);
	}

	/**
	 * Registers every row of the file, or none: the plan is made again under the
	 * session's lock, and refused if a row is wrong now.
	 * @return the plan applied
	 * @throws EventRefusedException if a row is wrong, the event is not published or the
	 * session has started
	 */
	public Plan apply(long eventId, long sessionId, CsvTable table, List<@Nullable ParticipantField> mapping,
			PasserelleUser user) {
		Session session = editable(eventId, sessionId, user, this.sessions.lock(sessionId));
		Plan plan = plan(session, table, mapping);
		if (plan.hasErrors()) {
			throw new EventRefusedException("event.import.refused.errors");
		}
		Event event = session.getEvent();
		Instant now = this.clock.instant();
		for (Row row : plan.rows()) {
			this.registrations.save(event.registerImported(session,
					new Attendee(row.name(), null, row.email(), Locale.forLanguageTag(row.language())), now));
		}
		this.events.save(event);
		return plan;
	}

	private Session editable(long eventId, long sessionId, PasserelleUser user, Optional<Session> found) {
		Session session = found.filter((s) -> s.getEvent().getId() == eventId)
			.orElseThrow(() -> new NotFoundException("Session", sessionId));
		if (!this.permissions.canSee(session.getEvent(), user)) {
			throw new NotFoundException("Event", eventId);
		}
		if (!this.permissions.canCheckIn(session.getEvent(), user)) {
			throw new AccessDeniedException("Organisers only");
		}
		return session;
	}

	private static String value(CsvTable.Row row, List<@Nullable ParticipantField> mapping, ParticipantField field) {
		int column = mapping.indexOf(field);
		return (column < 0) ? "" : row.value(column).strip();
	}

	/** "fr" or "en" from what the file says ("fr" when it says nothing). */
	private static @Nullable String language(String value) {
		String normalised = SearchText.normalise(value);
		if (normalised.isEmpty() || Set.of("fr", "francais", "french", "fra").contains(normalised)) {
			return "fr";
		}
		if (Set.of("en", "anglais", "english", "eng").contains(normalised)) {
			return "en";
		}
		return null;
	}

}
