package org.passerelle.matchmaking.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.passerelle.matchmaking.Rotation;
import org.passerelle.matchmaking.Wish;

/**
 * Improves a round-robin rotation with Timefold so that as many wishes as possible are
 * met, the hard rules kept: it starts from {@link Rotation#roundRobin} (valid already)
 * and searches locally — moving a group to another table at a round, swapping two groups'
 * tables, swapping two participants — for at most the time limit (a quarter of it without
 * improvement ends it), or until every wish is met. A result that breaks a rule (it never
 * should) is not returned: the round robin is.
 */
public final class RotationSolver {

	private final SolverFactory<RotationPlan> factory;

	private final Duration limit;

	public RotationSolver(Duration limit) {
		this.limit = limit;
		EntitySelectorConfig seats = new EntitySelectorConfig(Seat.class);
		EntitySelectorConfig members = new EntitySelectorConfig(Member.class);
		SolverConfig config = new SolverConfig().withSolutionClass(RotationPlan.class)
			.withEntityClasses(Seat.class, Member.class)
			.withConstraintProviderClass(RotationConstraints.class)
			.withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
				.withMoveSelectors(new ChangeMoveSelectorConfig().withEntitySelectorConfig(seats),
						new SwapMoveSelectorConfig().withEntitySelectorConfig(seats),
						// participants only swap, so that group sizes never change
						new SwapMoveSelectorConfig().withEntitySelectorConfig(members))))
			.withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
		this.factory = SolverFactory.create(config);
	}

	public Duration limit() {
		return this.limit;
	}

	/**
	 * The rotation for these numbers meeting as many of the wishes as the search finds.
	 * @throws IllegalArgumentException if there are more rounds than tables
	 */
	public Rotation solve(int participants, int tables, int rounds, List<Wish> wishes) {
		Rotation start = Regrouping.regroup(Rotation.roundRobin(participants, tables, rounds), wishes);
		if (participants == 0 || rounds == 0 || wishes.isEmpty() || start.wishesMet(wishes) == wishes.size()) {
			return start;
		}
		RotationPlan plan = plan(start, wishes);
		Solver<RotationPlan> solver = this.factory.buildSolver(new SolverConfigOverride<RotationPlan>()
			.withTerminationConfig(new TerminationConfig().withSpentLimit(this.limit)
				.withUnimprovedSpentLimit(this.limit.dividedBy(4))
				.withBestScoreLimit(HardSoftScore.ofSoft(wishes.size()).toString())));
		RotationPlan best = solver.solve(plan);
		Rotation found = rotation(best, tables, rounds);
		return (found.isValid() && found.wishesMet(wishes) >= start.wishesMet(wishes)) ? found : start;
	}

	private static RotationPlan plan(Rotation start, List<Wish> wishes) {
		int groupCount = start.groups();
		int smallest = start.participants() / groupCount;
		int largest = smallest + ((start.participants() % groupCount == 0) ? 0 : 1);
		List<Group> groups = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			groups.add(new Group(g, smallest, largest));
		}
		List<Integer> tables = new ArrayList<>();
		for (int t = 0; t < start.tables(); t++) {
			tables.add(t);
		}
		List<Seat> seats = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			for (int r = 0; r < start.rounds(); r++) {
				seats.add(new Seat(seats.size(), g, r, start.tableAt(g, r)));
			}
		}
		List<Member> members = new ArrayList<>();
		for (int p = 0; p < start.participants(); p++) {
			members.add(new Member(p, groups.get(start.groupOf(p))));
		}
		List<WishFact> facts = new ArrayList<>();
		for (Wish wish : wishes) {
			BitSet accepted = new BitSet(start.tables());
			wish.tables().forEach(accepted::set);
			facts.add(new WishFact(wish.participant(), accepted));
		}
		return new RotationPlan(tables, groups, facts, seats, members);
	}

	private static Rotation rotation(RotationPlan plan, int tables, int rounds) {
		int[] groupOf = new int[plan.getMembers().size()];
		for (Member member : plan.getMembers()) {
			groupOf[member.getIndex()] = member.getGroupIndex();
		}
		int[][] tableAt = new int[plan.getGroups().size()][rounds];
		for (Seat seat : plan.getSeats()) {
			tableAt[seat.getGroup()][seat.getRound()] = (seat.getTable() != null) ? seat.getTable() : Rotation.NO_TABLE;
		}
		return new Rotation(tables, groupOf, tableAt);
	}

}
