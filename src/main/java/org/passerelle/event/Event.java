package org.passerelle.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.Hibernate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import org.passerelle.organisation.Sector;
import org.passerelle.shared.AuditedEntity;

/**
 * An event (a forum, a student–industry day, a business week, a tour stopover…) with its
 * sessions. Every change goes through it, registrations included: it refuses what its
 * rules forbid with an {@link EventRefusedException} and registers the matching events
 * ({@link PersonRegistered}, {@link PersonWaitlisted}, {@link PersonPromoted},
 * {@link RegistrationCancelled}, {@link RegistrationExpired}, {@link PersonCheckedIn}),
 * published when it is saved.
 * <p>
 * Registrations are not a collection of the event (a forum has thousands): the methods
 * that change one take it, and the session it belongs to must have been read with its row
 * locked, so that its count of places is exact.
 */
@Entity
@EntityListeners(EventChanges.class)
@Table(name = "event")
public class Event extends AuditedEntity {

	/** How long a participant has to confirm their e-mail address. */
	public static final Duration CONFIRMATION_TIME = Duration.ofHours(48);

	@Nullable private String titleFr;

	@Nullable private String titleEn;

	@Column(length = 8000)
	@Nullable private String descriptionFr;

	@Column(length = 8000)
	@Nullable private String descriptionEn;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private EventStatus status = EventStatus.DRAFT;

	@Nullable private Instant registrationOpensAt;

	@Nullable private Instant registrationClosesAt;

	/**
	 * The first and last days of the sessions ('infinity' without a session), kept by the
	 * database (V17's triggers on {@code event_session}) for the lists and the feed to
	 * find and order events through an index; for queries only.
	 */
	@Column(insertable = false, updatable = false)
	@Nullable private LocalDate firstDay;

	@Column(insertable = false, updatable = false)
	@Nullable private LocalDate lastDay;

	@ElementCollection
	@CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "organisation_id")
	@BatchSize(size = 100)
	private Set<Long> organiserIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "organisation_id")
	@BatchSize(size = 100)
	private Set<Long> partnerIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "event_label", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "label")
	@BatchSize(size = 100)
	private Set<String> labels = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "event_pillar", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "pillar_id")
	@BatchSize(size = 100)
	private Set<Long> pillarIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "event_audience", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "audience")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@BatchSize(size = 100)
	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	/** The partners' sectors the event is meant for; none: every sector. */
	@ElementCollection
	@CollectionTable(name = "event_sector", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "sector")
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@BatchSize(size = 100)
	private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("day, startsAt, id")
	@BatchSize(size = 100)
	private List<Session> sessions = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Event() {
		this.kind = EventKind.OTHER;
	}

	/**
	 * A new draft.
	 * @throws EventRefusedException if the details break a rule
	 */
	public Event(EventDetails details) {
		this.kind = details.kind();
		change(details);
	}

	// What staff change

	private void change(EventDetails details) {
		changeGeneral(new EventGeneral(details.title(), details.description(), details.kind(), details.labels(),
				details.pillarIds(), details.audiences(), details.sectors()));
		changeOrganisers(details.organiserIds(), details.partnerIds());
		changeRegistrationWindow(details.registrationOpensAt(), details.registrationClosesAt());
	}

	/**
	 * The first step of the editor: what the event is.
	 * @throws EventRefusedException if there is no title in either language
	 */
	void changeGeneral(EventGeneral general) {
		if (general.title().isEmpty()) {
			throw new EventRefusedException("event.refused.noTitle");
		}
		this.titleFr = general.title().fr();
		this.titleEn = general.title().en();
		this.descriptionFr = general.description().fr();
		this.descriptionEn = general.description().en();
		this.kind = general.kind();
		replace(this.labels, general.labels().stream().map(String::strip).filter((l) -> !l.isEmpty()).toList());
		replace(this.pillarIds, general.pillarIds());
		replace(this.audiences, general.audiences());
		replace(this.sectors, general.sectors());
	}

	/**
	 * The second step: who organises the event and who partners it.
	 * @throws EventRefusedException if there is no organiser, or an organisation is both
	 * organiser and partner
	 */
	void changeOrganisers(Collection<Long> organiserIds, Collection<Long> partnerIds) {
		if (organiserIds.isEmpty()) {
			throw new EventRefusedException("event.refused.noOrganiser");
		}
		if (partnerIds.stream().anyMatch(organiserIds::contains)) {
			throw new EventRefusedException("event.refused.organiserAlsoPartner");
		}
		replace(this.organiserIds, organiserIds);
		replace(this.partnerIds, partnerIds);
	}

	/**
	 * The last step: when registrations open and close (either may be open-ended).
	 * @throws EventRefusedException if the window closes before it opens, or the event is
	 * cancelled or over
	 */
	void changeRegistrationWindow(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
			throw new EventRefusedException("event.refused.windowClosesBeforeOpening");
		}
		if (!Objects.equals(opensAt, this.registrationOpensAt)
				|| !Objects.equals(closesAt, this.registrationClosesAt)) {
			refuseIfClosed();
		}
		this.registrationOpensAt = opensAt;
		this.registrationClosesAt = closesAt;
	}

	private static <T> void replace(Set<T> current, Collection<T> chosen) {
		current.retainAll(chosen);
		current.addAll(chosen);
	}

	/**
	 * @throws EventRefusedException if the event is over or cancelled, or the details
	 * break a rule
	 */
	public Session addSession(SessionDetails details) {
		refuseIfClosed();
		Session session = new Session(this, details);
		this.sessions.add(session);
		return session;
	}

	/**
	 * @throws EventRefusedException if the event is over or cancelled, or the capacity
	 * falls below the places taken
	 */
	void changeSession(Session session, SessionDetails details) {
		refuseIfClosed();
		requireOwn(session);
		session.change(details);
	}

	/**
	 * @param registrations how many registrations (of any status) the session has
	 * @throws EventRefusedException if anyone registered to it
	 */
	void removeSession(Session session, long registrations) {
		refuseIfClosed();
		requireOwn(session);
		if (registrations > 0) {
			throw new EventRefusedException("event.refused.sessionHasRegistrations");
		}
		this.sessions.remove(session);
	}

	private void refuseIfClosed() {
		if (this.status == EventStatus.CANCELLED || this.status == EventStatus.DONE) {
			throw new EventRefusedException("event.refused.closed");
		}
	}

	private void requireOwn(Session session) {
		if (!this.sessions.contains(session)) {
			throw new IllegalArgumentException("Session " + session.getId() + " is not of event " + getId());
		}
	}

	/**
	 * Moves the event to another status: published once it has a session, then cancelled
	 * or done.
	 * @throws EventRefusedException if the status cannot follow the current one, or the
	 * event has no session to publish
	 */
	void transitionTo(EventStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new EventRefusedException("event.refused.transition");
		}
		if (target == EventStatus.PUBLISHED && this.sessions.isEmpty()) {
			throw new EventRefusedException("event.refused.noSession");
		}
		this.status = target;
	}

	// Registrations

	/**
	 * Whether registrations are open: the event is published and the registration window
	 * (if any) is open.
	 */
	public boolean isRegistrationOpen(Instant now) {
		return this.status == EventStatus.PUBLISHED
				&& (this.registrationOpensAt == null || !now.isBefore(this.registrationOpensAt))
				&& (this.registrationClosesAt == null || now.isBefore(this.registrationClosesAt))
				&& this.sessions.stream().anyMatch((session) -> !session.hasStarted(now));
	}

	/** Whether the given session takes registrations now. */
	public boolean isRegistrationOpen(Session session, Instant now) {
		return isRegistrationOpen(now) && !session.hasStarted(now);
	}

	/**
	 * Registers someone to a session: with a place if one is left, on the waitlist
	 * otherwise. A participant holds their place for {@link #CONFIRMATION_TIME} until
	 * they confirm their e-mail address; an organisation's employee holds it at once.
	 * @param session the session, read with its row locked
	 * @param organisationId the employee's organisation (organisation registrations only)
	 * @param registeredBy the account of the liaison who registers, if any
	 * @throws EventRefusedException if registrations are closed for this session
	 */
	public Registration register(Session session, RegistrationKind kind, @Nullable Long organisationId,
			@Nullable Long registeredBy, Attendee attendee, Instant now) {
		return register(session, kind, organisationId, registeredBy, attendee, now, session::takePlace);
	}

	/**
	 * Registers someone to a session whose row is not locked: once the rules allow it,
	 * {@code takePlace} takes a place (or says none is left), locking the session's row
	 * only from there to the commit.
	 * @param takePlace takes a place if one is left, and says whether it did
	 * @throws EventRefusedException if registrations are closed for this session
	 */
	Registration register(Session session, RegistrationKind kind, @Nullable Long organisationId,
			@Nullable Long registeredBy, Attendee attendee, Instant now, BooleanSupplier takePlace) {
		requireOwn(session);
		if ((kind == RegistrationKind.ORGANISATION) != (organisationId != null)) {
			throw new IllegalArgumentException("Organisation registrations, and they alone, name the organisation");
		}
		if (!isRegistrationOpen(session, now)) {
			throw new EventRefusedException("event.refused.registrationClosed");
		}
		Registration registration = new Registration(session, Objects.requireNonNull(getId(), "a saved event"), kind,
				organisationId, registeredBy, attendee, now);
		if (kind == RegistrationKind.PARTICIPANT) {
			registration.awaitConfirmationUntil(now.plus(CONFIRMATION_TIME));
		}
		if (takePlace.getAsBoolean()) {
			registration.setStatus(
					(kind == RegistrationKind.PARTICIPANT) ? RegistrationStatus.PENDING : RegistrationStatus.CONFIRMED);
			this.events.add(new PersonRegistered(registration.facts(this)));
		}
		else {
			registration.setStatus(RegistrationStatus.WAITLISTED);
			this.events.add(new PersonWaitlisted(registration.facts(this)));
		}
		return registration;
	}

	/**
	 * A participant confirms their e-mail address by the link they were sent: a pending
	 * registration becomes confirmed; a waitlisted one stays on the waitlist, confirmed.
	 * Confirming twice changes nothing.
	 * @throws EventRefusedException if the time to confirm has run out or the
	 * registration was cancelled
	 */
	public void confirmEmail(Registration registration, Instant now) {
		requireOwn(registration.getSession());
		if (!registration.awaitsEmailConfirmation()) {
			return;
		}
		if (!registration.getStatus().isLive()) {
			throw new EventRefusedException("event.refused.notLive");
		}
		if (registration.isOverdue(now)) {
			throw new EventRefusedException("event.refused.confirmationExpired");
		}
		registration.emailConfirmed(now);
		if (registration.getStatus() == RegistrationStatus.PENDING) {
			registration.setStatus(RegistrationStatus.CONFIRMED);
		}
		this.events.add(new EmailConfirmed(registration.facts(this)));
	}

	/**
	 * Cancels a registration; if it held a place, the first person waiting gets it.
	 * @param session the registration's session, read with its row locked
	 * @param firstWaiting the first waitlisted registration of the session that may still
	 * be promoted, if any
	 * @return the promoted registration, if any
	 * @throws EventRefusedException if the registration was already cancelled or expired
	 */
	public Optional<Registration> cancel(Registration registration, Session session,
			@Nullable Registration firstWaiting, Instant now) {
		requireOwn(session);
		if (!registration.getStatus().isLive()) {
			throw new EventRefusedException("event.refused.notLive");
		}
		Optional<Registration> promoted = end(registration, session, firstWaiting, RegistrationStatus.CANCELLED, now);
		this.events.add(new RegistrationCancelled(registration.facts(this)));
		promoted.ifPresent((next) -> this.events.add(new PersonPromoted(next.facts(this))));
		return promoted;
	}

	/**
	 * Expires a participant's registration whose e-mail address was not confirmed in
	 * time; if it held a place, the first person waiting gets it.
	 * @return the promoted registration, if any
	 * @throws EventRefusedException if the registration is not overdue
	 */
	public Optional<Registration> expire(Registration registration, Session session,
			@Nullable Registration firstWaiting, Instant now) {
		requireOwn(session);
		if (!registration.getStatus().isLive() || !registration.isOverdue(now)) {
			throw new EventRefusedException("event.refused.notOverdue");
		}
		Optional<Registration> promoted = end(registration, session, firstWaiting, RegistrationStatus.EXPIRED, now);
		this.events.add(new RegistrationExpired(registration.facts(this)));
		promoted.ifPresent((next) -> this.events.add(new PersonPromoted(next.facts(this))));
		return promoted;
	}

	private Optional<Registration> end(Registration registration, Session session, @Nullable Registration firstWaiting,
			RegistrationStatus status, Instant now) {
		if (registration.getSession() != session) {
			throw new IllegalArgumentException("The registration is not of this session");
		}
		boolean heldPlace = registration.getStatus().holdsPlace();
		registration.setStatus(status);
		registration.cancelled(now);
		if (!heldPlace) {
			return Optional.empty();
		}
		session.releasePlace();
		if (firstWaiting == null || this.status != EventStatus.PUBLISHED || session.hasStarted(now)) {
			return Optional.empty();
		}
		if (firstWaiting.getSession() != session || firstWaiting.getStatus() != RegistrationStatus.WAITLISTED
				|| firstWaiting.isOverdue(now)) {
			throw new IllegalArgumentException("Only a waiting registration of the session is promoted");
		}
		session.takePlace();
		firstWaiting.promoted(now);
		if (firstWaiting.awaitsEmailConfirmation()) {
			// a newly promoted participant gets the full time to confirm
			firstWaiting.setStatus(RegistrationStatus.PENDING);
			firstWaiting.awaitConfirmationUntil(now.plus(CONFIRMATION_TIME));
		}
		else {
			firstWaiting.setStatus(RegistrationStatus.CONFIRMED);
		}
		return Optional.of(firstWaiting);
	}

	/**
	 * A liaison replaces the person an employee registration is for: the place (or the
	 * rank on the waitlist) stays.
	 * @throws EventRefusedException if the registration is not live
	 */
	public void replaceAttendee(Registration registration, Attendee attendee) {
		requireOwn(registration.getSession());
		if (registration.getKind() != RegistrationKind.ORGANISATION) {
			throw new IllegalArgumentException("Only an employee registration is replaced");
		}
		if (!registration.getStatus().isLive()) {
			throw new EventRefusedException("event.refused.notLive");
		}
		registration.changeAttendee(attendee);
	}

	/**
	 * Marks someone present: a confirmed registration, or (walk-in) anyone live.
	 * @throws EventRefusedException if the registration does not hold a place and is not
	 * a walk-in
	 */
	public void checkIn(Registration registration, boolean walkIn, Instant now) {
		requireOwn(registration.getSession());
		if (this.status == EventStatus.DRAFT || this.status == EventStatus.CANCELLED) {
			throw new EventRefusedException("event.refused.notHappening");
		}
		if (registration.getCheckedInAt() != null) {
			return;
		}
		if (!registration.getStatus().holdsPlace() && !walkIn) {
			throw new EventRefusedException("event.refused.noPlace");
		}
		registration.checkedIn(now, walkIn);
		this.events.add(new PersonCheckedIn(registration.facts(this)));
	}

	/**
	 * Staff register a participant from an imported list: the address is vouched for by
	 * staff (nothing to confirm), with a place if one is left, on the waitlist otherwise,
	 * whether the registration window is open or not.
	 * @param session the session, read with its row locked
	 * @throws EventRefusedException if the event is not published or the session has
	 * started
	 */
	public Registration registerImported(Session session, Attendee attendee, Instant now) {
		requireOwn(session);
		if (this.status != EventStatus.PUBLISHED) {
			throw new EventRefusedException("event.import.refused.notPublished");
		}
		if (session.hasStarted(now)) {
			throw new EventRefusedException("event.import.refused.started");
		}
		Registration registration = new Registration(session, Objects.requireNonNull(getId(), "a saved event"),
				RegistrationKind.PARTICIPANT, null, null, attendee, now);
		registration.emailConfirmed(now);
		if (session.takePlace()) {
			registration.setStatus(RegistrationStatus.CONFIRMED);
			this.events.add(new PersonRegistered(registration.facts(this)));
		}
		else {
			registration.setStatus(RegistrationStatus.WAITLISTED);
			this.events.add(new PersonWaitlisted(registration.facts(this)));
		}
		return registration;
	}

	/**
	 * Takes back a check-in made by mistake: the person is no longer marked present (a
	 * walk-in keeps their registration and place). Undoing twice changes nothing.
	 * @throws EventRefusedException if the event is not taking place
	 */
	public void undoCheckIn(Registration registration, Instant now) {
		requireOwn(registration.getSession());
		if (this.status == EventStatus.DRAFT || this.status == EventStatus.CANCELLED) {
			throw new EventRefusedException("event.refused.notHappening");
		}
		if (registration.getCheckedInAt() == null) {
			return;
		}
		registration.checkInUndone();
		this.events.add(new CheckInUndone(registration.facts(this), now));
	}

	/**
	 * Reads every collection of the event and its sessions now, inside the transaction,
	 * so that pages may show them (batched: a page of events costs one query per
	 * collection).
	 */
	Event loadCollections() {
		loadSummary();
		Hibernate.initialize(this.sectors);
		this.sessions.forEach((session) -> Hibernate.initialize(session.getProgrammeItems()));
		return this;
	}

	/**
	 * Loads what lists and the feed show: the collections, sessions included, but not the
	 * sessions' programmes.
	 */
	Event loadSummary() {
		Hibernate.initialize(this.organiserIds);
		Hibernate.initialize(this.partnerIds);
		Hibernate.initialize(this.labels);
		Hibernate.initialize(this.pillarIds);
		Hibernate.initialize(this.audiences);
		Hibernate.initialize(this.sessions);
		return this;
	}

	/**
	 * Someone who did not register comes on the day: registered with a place (if one is
	 * left) and checked in at once.
	 * @param session the session, read with its row locked
	 * @throws EventRefusedException if the event is not taking place, the session has not
	 * started yet, or no place is left
	 */
	public Registration addWalkIn(Session session, RegistrationKind kind, @Nullable Long organisationId,
			Attendee attendee, Instant now) {
		requireOwn(session);
		if (this.status != EventStatus.PUBLISHED && this.status != EventStatus.DONE) {
			throw new EventRefusedException("event.refused.notHappening");
		}
		if (LocalDate.ofInstant(now, Session.PARIS).isBefore(session.getDay())) {
			throw new EventRefusedException("event.refused.notYet");
		}
		if (!session.takePlace()) {
			throw new EventRefusedException("event.refused.full");
		}
		Registration registration = new Registration(session, Objects.requireNonNull(getId(), "a saved event"), kind,
				organisationId, null, attendee, now);
		registration.setStatus(RegistrationStatus.CONFIRMED);
		registration.emailConfirmed(now);
		registration.checkedIn(now, true);
		this.events.add(new PersonCheckedIn(registration.facts(this)));
		return registration;
	}

	/** The events registered since the event was last saved. */
	@DomainEvents
	List<Object> domainEvents() {
		return Collections.unmodifiableList(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	// Reading

	public EventTitle getTitle() {
		return new EventTitle(this.titleFr, this.titleEn);
	}

	public String title(Locale locale) {
		return getTitle().in(locale);
	}

	/** See {@link EventTitle#languageIfOther}. */
	public @Nullable String titleLanguage(Locale locale) {
		return getTitle().languageIfOther(locale);
	}

	public EventTitle getDescription() {
		return new EventTitle(this.descriptionFr, this.descriptionEn);
	}

	public String description(Locale locale) {
		return getDescription().in(locale);
	}

	/** See {@link EventTitle#languageIfOther}. */
	public @Nullable String descriptionLanguage(Locale locale) {
		return getDescription().languageIfOther(locale);
	}

	public EventKind getKind() {
		return this.kind;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	@Nullable public Instant getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	@Nullable public Instant getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public Set<Long> getOrganiserIds() {
		return Collections.unmodifiableSet(this.organiserIds);
	}

	public Set<Long> getPartnerIds() {
		return Collections.unmodifiableSet(this.partnerIds);
	}

	public Set<String> getLabels() {
		return Collections.unmodifiableSet(this.labels);
	}

	public Set<Long> getPillarIds() {
		return Collections.unmodifiableSet(this.pillarIds);
	}

	public Set<Audience> getAudiences() {
		return Collections.unmodifiableSet(this.audiences);
	}

	/**
	 * The partners' sectors the event is meant for; empty when it is open to every
	 * sector. Read by {@link #loadCollections()}, not by the lists.
	 */
	public Set<Sector> getSectors() {
		return Collections.unmodifiableSet(new TreeSet<>(this.sectors));
	}

	/** Whether the event is meant for partners of this sector (or of every sector). */
	public boolean isFor(@Nullable Sector sector) {
		return this.sectors.isEmpty() || (sector != null && this.sectors.contains(sector));
	}

	public List<Session> getSessions() {
		return Collections.unmodifiableList(this.sessions);
	}

	public Optional<Session> session(long sessionId) {
		return this.sessions.stream().filter((s) -> Objects.equals(s.getId(), sessionId)).findFirst();
	}

	/** Whether one of the given organisations organises the event. */
	public boolean isOrganisedByAnyOf(Collection<Long> organisationIds) {
		return this.organiserIds.stream().anyMatch(organisationIds::contains);
	}

	/** The first session's start, if the event has a session. */
	public Optional<Session> firstSession() {
		return this.sessions.stream().min(Comparator.comparing(Session::start));
	}

}
