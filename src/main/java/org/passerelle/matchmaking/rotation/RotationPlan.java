package org.passerelle.matchmaking.rotation;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The rotation as Timefold plans it: the seats (a table per group and round) and the
 * members (a group per participant), the tables and groups to choose from, and the
 * participants' wishes.
 */
@PlanningSolution
public class RotationPlan {

	@ValueRangeProvider(id = "tables")
	@ProblemFactCollectionProperty
	private List<Integer> tables;

	@ValueRangeProvider(id = "groups")
	@ProblemFactCollectionProperty
	private List<Group> groups;

	@ProblemFactCollectionProperty
	private List<WishFact> wishes;

	@PlanningEntityCollectionProperty
	private List<Seat> seats;

	@PlanningEntityCollectionProperty
	private List<Member> members;

	@PlanningScore
	private HardSoftScore score;

	public RotationPlan() {
		this.tables = List.of();
		this.groups = List.of();
		this.wishes = List.of();
		this.seats = List.of();
		this.members = List.of();
		this.score = HardSoftScore.ZERO;
	}

	RotationPlan(List<Integer> tables, List<Group> groups, List<WishFact> wishes, List<Seat> seats,
			List<Member> members) {
		this.tables = tables;
		this.groups = groups;
		this.wishes = wishes;
		this.seats = seats;
		this.members = members;
		this.score = HardSoftScore.ZERO;
	}

	public List<Integer> getTables() {
		return this.tables;
	}

	public List<Group> getGroups() {
		return this.groups;
	}

	public List<WishFact> getWishes() {
		return this.wishes;
	}

	public List<Seat> getSeats() {
		return this.seats;
	}

	public List<Member> getMembers() {
		return this.members;
	}

	public HardSoftScore getScore() {
		return this.score;
	}

	public void setScore(HardSoftScore score) {
		this.score = score;
	}

}
