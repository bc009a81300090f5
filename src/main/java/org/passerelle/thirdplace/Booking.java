package org.passerelle.thirdplace;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A meeting room booked from an hour to an hour (the end excluded: back-to-back bookings
 * meet without overlapping), by a hosted organisation or by staff (no organisation).
 */
@Entity
@Table(name = "thirdplace_booking")
public class Booking {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Column(nullable = false)
	private long spaceId;

	@Nullable private Long organisationId;

	@Column(nullable = false, length = 254)
	private String bookedBy;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	protected Booking() {
		this.bookedBy = "";
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
	}

	/**
	 * A booking of a meeting room.
	 * @throws HostingRuleException if the space is not a meeting room, or the hours are
	 * not whole hours or not in order
	 */
	public Booking(Space room, @Nullable Long organisationId, String bookedBy, Instant startsAt, Instant endsAt) {
		if (room.getKind() != SpaceKind.MEETING_ROOM) {
			throw new HostingRuleException("booking.notARoom");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new HostingRuleException("booking.hours.order");
		}
		if (startsAt.getEpochSecond() % 3600 != 0 || endsAt.getEpochSecond() % 3600 != 0) {
			throw new HostingRuleException("booking.hours.whole");
		}
		this.spaceId = room.getId();
		this.organisationId = organisationId;
		this.bookedBy = bookedBy;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getSpaceId() {
		return this.spaceId;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getBookedBy() {
		return this.bookedBy;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	/** When it starts, on the site's clock. */
	public java.time.LocalDateTime startsAtLocal() {
		return java.time.LocalDateTime.ofInstant(this.startsAt, Sites.ZONE);
	}

	/** When it ends, on the site's clock. */
	public java.time.LocalDateTime endsAtLocal() {
		return java.time.LocalDateTime.ofInstant(this.endsAt, Sites.ZONE);
	}

}
