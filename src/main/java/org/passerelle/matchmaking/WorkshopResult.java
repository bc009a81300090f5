package org.passerelle.matchmaking;

import java.util.List;

/**
 * Who is in which workshop of a session, and how many got which choice.
 *
 * @param workshops the workshops with their people, in the session's order
 * @param unplaced those for whom no place was left
 * @param people everyone placed or not
 * @param byChoice how many got their first, second and third choice ({@code [0]} is
 * first)
 */
public record WorkshopResult(List<WorkshopList> workshops, List<Placed> unplaced, int people, int[] byChoice) {

	/** A workshop and who is in it, by name. */
	public record WorkshopList(Workshop workshop, List<Placed> people) {

	}

	/**
	 * Someone placed: their registration, name and which choice they got (0: a workshop
	 * they did not rank).
	 */
	public record Placed(long registrationId, String name, String email, int choice) {

	}

	/** Whether anyone was placed yet. */
	public boolean isAssigned() {
		return this.workshops.stream().anyMatch((list) -> !list.people().isEmpty());
	}

	/** The share (per cent) of people who got the choice of this rank (1 to 3). */
	public int percentOfChoice(int rank) {
		return (this.people == 0) ? 0 : Math.round(100f * this.byChoice[rank - 1] / this.people);
	}

	public int countOfChoice(int rank) {
		return this.byChoice[rank - 1];
	}

}
