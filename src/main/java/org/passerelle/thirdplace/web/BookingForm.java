package org.passerelle.thirdplace.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A meeting room booked on a day from an hour for a number of hours. */
class BookingForm {

	@NotNull
	@Nullable private Long roomId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate day;

	@NotNull
	@Min(7)
	@Max(21)
	@Nullable private Integer fromHour = 9;

	@NotNull
	@Min(1)
	@Max(8)
	@Nullable private Integer hours = 1;

	@Nullable public Long getRoomId() {
		return this.roomId;
	}

	public void setRoomId(@Nullable Long roomId) {
		this.roomId = roomId;
	}

	@Nullable public LocalDate getDay() {
		return this.day;
	}

	public void setDay(@Nullable LocalDate day) {
		this.day = day;
	}

	@Nullable public Integer getFromHour() {
		return this.fromHour;
	}

	public void setFromHour(@Nullable Integer fromHour) {
		this.fromHour = fromHour;
	}

	@Nullable public Integer getHours() {
		return this.hours;
	}

	public void setHours(@Nullable Integer hours) {
		this.hours = hours;
	}

}
