package org.passerelle.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import org.passerelle.shared.AuditedEntity;

/**
 * One session of an event: a day at a venue, with a capacity. {@code placesTaken} counts
 * the registrations that hold a place; it changes only under the session row's lock (the
 * public form's registrations lock the row, count their places and write them in one
 * {@code update}) and the database refuses it above the capacity.
 */
@Entity
@EntityListeners(EventChanges.class)
@Table(name = "event_session")
public class Session extends AuditedEntity {

	/** The time zone of every session's day and times. */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@Column(nullable = false)
	private LocalDate day;

	@Column(nullable = false)
	private LocalTime startsAt;

	@Column(nullable = false)
	private LocalTime endsAt;

	@Column(nullable = false, length = 300)
	private String venue;

	@Column(nullable = false, length = 120)
	private String city;

	@Column(nullable = false)
	private int capacity;

	@Column(nullable = false)
	private int placesTaken;

	@ElementCollection
	@CollectionTable(name = "event_programme_item", joinColumns = @JoinColumn(name = "session_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<ProgrammeItem> programme = new ArrayList<>();

	protected Session() {
		this.event = null;
		this.day = LocalDate.MIN;
		this.startsAt = LocalTime.MIDNIGHT;
		this.endsAt = LocalTime.MIDNIGHT;
		this.venue = "";
		this.city = "";
	}

	Session(Event event, SessionDetails details) {
		this.event = event;
		this.day = details.day();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venue = "";
		this.city = "";
		change(details);
	}

	/**
	 * @throws EventRefusedException if the end is not after the start or the capacity
	 * falls below the places already taken
	 */
	void change(SessionDetails details) {
		if (!details.endsAt().isAfter(details.startsAt())) {
			throw new EventRefusedException("event.refused.endBeforeStart");
		}
		if (details.capacity() < 1) {
			throw new EventRefusedException("event.refused.capacityPositive");
		}
		if (details.capacity() < this.placesTaken) {
			throw new EventRefusedException("event.refused.capacityBelowTaken");
		}
		this.day = details.day();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.venue = details.venue().strip();
		this.city = details.city().strip();
		this.capacity = details.capacity();
		this.programme.clear();
		details.programme()
			.stream()
			.sorted(Comparator.comparing(ProgrammeItem::getAt))
			.forEach((item) -> this.programme.add(item));
	}

	/** Takes a place if one is left. */
	boolean takePlace() {
		if (this.placesTaken >= this.capacity) {
			return false;
		}
		this.placesTaken++;
		return true;
	}

	void releasePlace() {
		if (this.placesTaken == 0) {
			throw new IllegalStateException("No place taken in session " + getId());
		}
		this.placesTaken--;
	}

	public Event getEvent() {
		return this.event;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public ZonedDateTime start() {
		return ZonedDateTime.of(this.day, this.startsAt, PARIS);
	}

	public ZonedDateTime end() {
		return ZonedDateTime.of(this.day, this.endsAt, PARIS);
	}

	public boolean hasStarted(Instant now) {
		return !start().toInstant().isAfter(now);
	}

	public String getVenue() {
		return this.venue;
	}

	public String getCity() {
		return this.city;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public int getPlacesTaken() {
		return this.placesTaken;
	}

	public int placesLeft() {
		return Math.max(0, this.capacity - this.placesTaken);
	}

	public boolean isFull() {
		return this.placesTaken >= this.capacity;
	}

	List<ProgrammeItem> getProgrammeItems() {
		return this.programme;
	}

	public List<ProgrammeItem> getProgramme() {
		return Collections.unmodifiableList(this.programme);
	}

}
