package org.passerelle.matchmaking.rotation;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rotation's rules for the solver: the hard ones (one group per table and round, no
 * group meeting an industrialist twice, balanced groups) and the soft one (each wish met
 * counts one).
 */
public class RotationConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { tableTakenTwice(factory), metTwice(factory), groupSize(factory), wishMet(factory) };
	}

	Constraint tableTakenTwice(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getRound), Joiners.equal(Seat::getTable))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint("Table taken twice in a round");
	}

	Constraint metTwice(ConstraintFactory factory) {
		return factory.forEachUniquePair(Seat.class, Joiners.equal(Seat::getGroup), Joiners.equal(Seat::getTable))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint("Group meets an industrialist twice");
	}

	Constraint groupSize(ConstraintFactory factory) {
		return factory.forEach(Member.class)
			.groupBy(Member::getGroup, ConstraintCollectors.count())
			.complement(Group.class, (group) -> 0)
			.filter((group, size) -> size < group.smallest() || size > group.largest())
			.penalize(HardSoftScore.ONE_HARD,
					(group, size) -> (size < group.smallest()) ? group.smallest() - size : size - group.largest())
			.asConstraint("Unbalanced groups");
	}

	Constraint wishMet(ConstraintFactory factory) {
		return factory.forEach(WishFact.class)
			.join(Member.class, Joiners.equal(WishFact::member, Member::getIndex))
			.ifExists(Seat.class, Joiners.equal((wish, member) -> member.getGroupIndex(), Seat::getGroup),
					Joiners.filtering((wish, member, seat) -> wish.accepts(seat.getTable())))
			.reward(HardSoftScore.ONE_SOFT)
			.asConstraint("Wish met");
	}

}
