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

	private final RegistrationIds ids;

	private final Clock clock;

	ParticipantImport(EventRepository events, EventSessionRepository sessions, RegistrationRepository registrations,
			EventPermissions permissions, RegistrationIds ids, Optional<Clock> clock) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.permissions = permissions;
		this.ids = ids;
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
		int rank = (int) this.registrations.countBySessionIdAndStatus(session.getId(), RegistrationStatus.WAITLISTED);
		List<Read> read = table.rows().stream().map((row) -> read(row, mapping)).toList();
		Set<String> registered = registered(session, read);
		Set<String> seen = new HashSet<>();
		List<Row> rows = new ArrayList<>();
		for (Read row : read) {
			String addressError = row.addressError();
			if (addressError == null && !seen.add(row.email().toLowerCase(Locale.ROOT))) {
				addressError = "event.import.error.twiceInFile";
			}
			else if (addressError == null && registered.contains(row.email())) {
				addressError = "event.import.error.registered";
			}
			List<String> errors = new ArrayList<>();
			Optional.ofNullable(row.nameError()).ifPresent(errors::add);
			Optional.ofNullable(addressError).ifPresent(errors::add);
			errors.addAll(row.otherErrors());
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
			rows.add(new Row(row.line(), row.name(), row.email(), row.language(), outcome, at, List.copyOf(errors)));
		}
		return new Plan(List.copyOf(rows), placesLeft);
	}

	/**
	 * The file's well-formed addresses registered to the session already, as the file
	 * gives them, asked for at once.
	 */
	private Set<String> registered(Session session, List<Read> rows) {
		String[] addresses = rows.stream()
			.filter((row) -> row.addressError() == null)
			.map(Read::email)
			.distinct()
			.toArray(String[]::new);
		return (addresses.length == 0) ? Set.of()
				: new HashSet<>(this.registrations.registeredAmong(session.getId(), addresses));
	}

	/**
	 * A row as the file gives it, with what is wrong with it on its own (its address is
	 * then checked against the file's other rows and the session's registrations).
	 *
	 * @param nameError the message key of what is wrong with the name, if anything
	 * @param addressError the message key of what is wrong with the address, if anything
	 * @param otherErrors the message keys of what else is wrong with it
	 */
	private record Read(int line, String name, String email, String language, @Nullable String nameError,
			@Nullable String addressError, List<String> otherErrors) {

	}

	private static Read read(CsvTable.Row row, List<@Nullable ParticipantField> mapping) {
		String name = value(row, mapping, ParticipantField.NAME);
		if (name.isEmpty()) {
			name = (value(row, mapping, ParticipantField.FIRST_NAME) + " "
					+ value(row, mapping, ParticipantField.LAST_NAME))
				.strip();
		}
		String email = value(row, mapping, ParticipantField.EMAIL);
		String language = language(value(row, mapping, ParticipantField.LANGUAGE));
		String nameError = null;
		if (name.isEmpty()) {
			nameError = "event.import.error.noName";
		}
		else if (name.length() > 200) {
			nameError = "event.import.error.nameTooLong";
		}
		String addressError = null;
		if (email.isEmpty()) {
			addressError = "event.import.error.noEmail";
		}
		else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
			addressError = "event.import.error.badEmail";
		}
		List<String> otherErrors = new ArrayList<>();
		if (language == null) {
			otherErrors.add("event.import.error.language");
			language = "";
		}
		if (row.extraValues() > 0) {
			otherErrors.add("event.import.error.extraValues");
		}
		return new Read(row.line(), name, email, language, nameError, addressError, List.copyOf(otherErrors));
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
		this.ids.drawFor(sessionId, plan.rows().size());
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
