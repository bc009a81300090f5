package org.passerelle.matchmaking.web;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.matchmaking.RoundPlan;

/**
 * The speed meeting's rounds: how many, how long, from when.
 */
public class RoundsForm {

	@NotNull
	@Min(1)
	@Max(30)
	@Nullable private Integer rounds = 4;

	@NotNull
	@Min(1)
	@Max(180)
	@Nullable private Integer minutes = 15;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	@Nullable private LocalTime firstRoundAt;

	static RoundsForm of(RoundPlan plan) {
		RoundsForm form = new RoundsForm();
		form.rounds = plan.rounds();
		form.minutes = plan.minutes();
		form.firstRoundAt = plan.firstRoundAt();
		return form;
	}

	RoundPlan plan() {
		return new RoundPlan(this.rounds, this.minutes, this.firstRoundAt);
	}

	public @Nullable Integer getRounds() {
		return this.rounds;
	}

	public void setRounds(@Nullable Integer rounds) {
		this.rounds = rounds;
	}

	public @Nullable Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(@Nullable Integer minutes) {
		this.minutes = minutes;
	}

	public @Nullable LocalTime getFirstRoundAt() {
		return this.firstRoundAt;
	}

	public void setFirstRoundAt(@Nullable LocalTime firstRoundAt) {
		this.firstRoundAt = firstRoundAt;
	}

}
