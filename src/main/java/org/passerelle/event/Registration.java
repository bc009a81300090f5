package org.passerelle.event;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration to a session. It changes only through its {@link Event}
 * ({@link Event#register}, {@link Event#cancel}…), which keeps the session's count of
 * places right. Its {@code publicId} is stable: links and calendars refer to it. Arrival
 * order is id order: ids are drawn while the session's row is locked
 * ({@link RegistrationIds}).
 */
@Entity
@Table(name = "event_registration")
public class Registration {

	@Id
	@RegistrationIds.Drawn
	@Nullable private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, updatable = false)
	private UUID publicId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "session_id")
	private Session session;

	@Column(nullable = false)
	private long eventId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private RegistrationKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private RegistrationStatus status;

	@Nullable private Long organisationId;

	@Nullable private Long registeredBy;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 200)
	@Nullable private String jobTitle;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false, length = 2)
	private String language;

	@Column(nullable = false)
	private Instant registeredAt;

	@Nullable private Instant confirmBy;

	@Nullable private Instant emailConfirmedAt;

	@Nullable private Instant promotedAt;

	@Nullable private Instant cancelledAt;

	@Nullable private Instant checkedInAt;

	@Column(nullable = false)
	private boolean walkIn;

	@Column(length = 1000)
	@Nullable private String meetingWishes;

	protected Registration() {
		this.publicId = UUID.randomUUID();
		this.session = null;
		this.kind = RegistrationKind.PARTICIPANT;
		this.status = RegistrationStatus.CANCELLED;
		this.name = "";
		this.email = "";
		this.language = "fr";
		this.registeredAt = Instant.EPOCH;
	}

	Registration(Session session, long eventId, RegistrationKind kind, @Nullable Long organisationId,
			@Nullable Long registeredBy, Attendee attendee, Instant now) {
		this.publicId = UUID.randomUUID();
		this.session = session;
		this.eventId = eventId;
		this.kind = kind;
		this.status = RegistrationStatus.WAITLISTED;
		this.organisationId = organisationId;
		this.registeredBy = registeredBy;
		this.name = "";
		this.email = "";
		this.language = "fr";
		this.registeredAt = now;
		changeAttendee(attendee);
	}

	void changeAttendee(Attendee attendee) {
		this.name = attendee.name();
		this.jobTitle = attendee.jobTitle();
		this.email = attendee.email();
		this.language = attendee.language().getLanguage();
	}

	void wishToMeet(java.util.Collection<MeetingWish> wishes) {
		this.meetingWishes = wishes.isEmpty() ? null : MeetingWish.tokens(wishes);
	}

	/** Whom the participant would like to meet at a speed meeting; none if not said. */
	public java.util.List<MeetingWish> getMeetingWishes() {
		return MeetingWish.parse(this.meetingWishes);
	}

	void setStatus(RegistrationStatus status) {
		this.status = status;
	}

	void awaitConfirmationUntil(@Nullable Instant confirmBy) {
		this.confirmBy = confirmBy;
	}

	void emailConfirmed(Instant now) {
		this.emailConfirmedAt = now;
		this.confirmBy = null;
	}

	void promoted(Instant now) {
		this.promotedAt = now;
	}

	void cancelled(Instant now) {
		this.cancelledAt = now;
	}

	void checkedIn(Instant now, boolean walkIn) {
		this.checkedInAt = now;
		this.walkIn = walkIn;
	}

	void checkInUndone() {
		this.checkedInAt = null;
	}

	/** Whether the e-mail address still has to be confirmed (participants only). */
	public boolean awaitsEmailConfirmation() {
		return this.kind == RegistrationKind.PARTICIPANT && this.emailConfirmedAt == null;
	}

	/** Whether an unconfirmed participant's time to confirm has run out. */
	public boolean isOverdue(Instant now) {
		return awaitsEmailConfirmation() && this.confirmBy != null && !now.isBefore(this.confirmBy);
	}

	public RegistrationFacts facts(Event event) {
		return new RegistrationFacts(event.getId(), this.session.getId(), this.publicId, this.kind, this.status,
				attendee(), this.organisationId, event.getTitle(), this.session.getDay(), this.session.getStartsAt(),
				this.session.getCity(), awaitsEmailConfirmation() ? this.confirmBy : null);
	}

	public Attendee attendee() {
		return new Attendee(this.name, this.jobTitle, this.email, Locale.forLanguageTag(this.language));
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public UUID getPublicId() {
		return this.publicId;
	}

	public Session getSession() {
		return this.session;
	}

	public long getEventId() {
		return this.eventId;
	}

	public RegistrationKind getKind() {
		return this.kind;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public Long getRegisteredBy() {
		return this.registeredBy;
	}

	public String getName() {
		return this.name;
	}

	@Nullable public String getJobTitle() {
		return this.jobTitle;
	}

	public String getEmail() {
		return this.email;
	}

	public String getLanguage() {
		return this.language;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	@Nullable public Instant getConfirmBy() {
		return this.confirmBy;
	}

	@Nullable public Instant getEmailConfirmedAt() {
		return this.emailConfirmedAt;
	}

	@Nullable public Instant getPromotedAt() {
		return this.promotedAt;
	}

	@Nullable public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	@Nullable public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public boolean isWalkIn() {
		return this.walkIn;
	}

}
