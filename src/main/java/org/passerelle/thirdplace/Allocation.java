package org.passerelle.thirdplace;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A space held by an approved request, day by day, both ends included (no last day:
 * open-ended): a whole office ({@code desks} null) or a number of desks of a desk area.
 */
@Entity
@Table(name = "thirdplace_allocation")
public class Allocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private HostingRequest request;

	@Column(nullable = false)
	private long spaceId;

	@Nullable private Integer desks;

	@Column(nullable = false)
	private LocalDate startsOn;

	@Nullable private LocalDate endsOn;

	protected Allocation() {
		this.request = null;
		this.startsOn = LocalDate.EPOCH;
	}

	Allocation(HostingRequest request, long spaceId, @Nullable Integer desks, LocalDate startsOn,
			@Nullable LocalDate endsOn) {
		this.request = request;
		this.spaceId = spaceId;
		this.desks = desks;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void endOn(LocalDate lastDay) {
		this.endsOn = lastDay;
	}

	public long getSpaceId() {
		return this.spaceId;
	}

	@Nullable public Integer getDesks() {
		return this.desks;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	@Nullable public LocalDate getEndsOn() {
		return this.endsOn;
	}

}
