package org.passerelle.event.web;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.event.Event;
import org.passerelle.event.Session;

/**
 * The last step of the event editor: when registrations open and close (Paris time;
 * empty: from publication, until the sessions start).
 */
public class RegistrationWindowForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	@Nullable private LocalDateTime opensAt;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	@Nullable private LocalDateTime closesAt;

	private long version;

	static RegistrationWindowForm of(Event event) {
		RegistrationWindowForm form = new RegistrationWindowForm();
		form.opensAt = local(event.getRegistrationOpensAt());
		form.closesAt = local(event.getRegistrationClosesAt());
		form.version = event.getVersion();
		return form;
	}

	private static @Nullable LocalDateTime local(@Nullable Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, Session.PARIS) : null;
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime local) {
		return (local != null) ? local.atZone(Session.PARIS).toInstant() : null;
	}

	/** Whether the window, both ends given, closes after it opens. */
	boolean closesAfterOpening() {
		return this.opensAt == null || this.closesAt == null || this.closesAt.isAfter(this.opensAt);
	}

	@Nullable Instant opensAtInstant() {
		return instant(this.opensAt);
	}

	@Nullable Instant closesAtInstant() {
		return instant(this.closesAt);
	}

	public @Nullable LocalDateTime getOpensAt() {
		return this.opensAt;
	}

	public void setOpensAt(@Nullable LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public @Nullable LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(@Nullable LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
