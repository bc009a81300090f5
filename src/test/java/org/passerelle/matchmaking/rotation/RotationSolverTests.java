package org.passerelle.matchmaking.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.passerelle.matchmaking.Rotation;
import org.passerelle.matchmaking.Wish;

import static org.assertj.core.api.Assertions.assertThat;

class RotationSolverTests {

	private static final RotationSolver solver = new RotationSolver(Duration.ofMillis(150));

	@Test
	void theSolvedRotationKeepsEveryRuleOverRandomSizes() {
		Random random = new Random(11);
		for (int run = 0; run < 25; run++) {
			int tables = 1 + random.nextInt(12);
			int rounds = 1 + random.nextInt(Math.min(tables, 5));
			int participants = random.nextInt(40);
			List<Wish> wishes = wishes(participants, tables, random);
			Rotation rotation = solver.solve(participants, tables, rounds, wishes);
			org.passerelle.matchmaking.RotationTests.assertKeepsTheRules(rotation, participants, tables, rounds);
		}
	}

	@Test
	void theSolverMeetsMoreWishesThanRandomValidSchedules() {
		Random random = new Random(3);
		int participants = 40;
		int tables = 10;
		int rounds = 3;
		List<Wish> wishes = wishes(participants, tables, random);
		Rotation solved = new RotationSolver(Duration.ofMillis(800)).solve(participants, tables, rounds, wishes);
		double randomAverage = 0;
		int draws = 50;
		for (int i = 0; i < draws; i++) {
			randomAverage += Rotation.random(participants, tables, rounds, random).wishesMet(wishes);
		}
		randomAverage /= draws;
		int met = solved.wishesMet(wishes);
		assertThat(solved.isValid()).isTrue();
		// a random schedule meets about 3 tables in 10 of each wish; the solver, most of
		// them
		assertThat(met).as("met %d of %d, random %.1f", met, wishes.size(), randomAverage)
			.isGreaterThan((int) (randomAverage * 1.3));
	}

	@Test
	void wishesAllMetEndTheSearchAtOnce() {
		// one table, everybody wishes it: the round robin meets every wish
		List<Wish> wishes = List.of(new Wish(0, Set.of(0)), new Wish(1, Set.of(0)));
		long start = System.nanoTime();
		Rotation rotation = solver.solve(2, 1, 1, wishes);
		assertThat(rotation.wishesMet(wishes)).isEqualTo(2);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(solver.limit());
	}

	/** One or two wishes per participant, each fulfilled by one or two tables. */
	static List<Wish> wishes(int participants, int tables, Random random) {
		List<Wish> wishes = new ArrayList<>();
		for (int p = 0; p < participants; p++) {
			int count = 1 + random.nextInt(2);
			for (int w = 0; w < count; w++) {
				Set<Integer> accepted = new HashSet<>();
				accepted.add(random.nextInt(tables));
				if (random.nextBoolean()) {
					accepted.add(random.nextInt(tables));
				}
				wishes.add(new Wish(p, accepted));
			}
		}
		return wishes;
	}

}
