package org.passerelle.matchmaking.rotation;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.passerelle.matchmaking.Rotation;
import org.passerelle.matchmaking.Wish;

/**
 * The field's case timed (run by {@code bench/rotation.sh}, not a test): 90 students, 21
 * industrialists, 4 rounds, each student with one or two wishes. Prints the time of each
 * generation (the first includes building the solver) and how many wishes were met,
 * against a random valid schedule.
 */
public final class RotationBench {

	private RotationBench() {
	}

	public static void main(String[] args) {
		Duration limit = Duration.ofMillis((args.length > 0) ? Long.parseLong(args[0]) : 3000);
		int participants = 90;
		int tables = 21;
		int rounds = 4;
		Random random = new Random(2026);
		List<Wish> wishes = RotationSolverTests.wishes(participants, tables, random);
		long built = System.nanoTime();
		RotationSolver solver = new RotationSolver(limit);
		System.out.printf("solver built in %d ms (time limit %d ms)%n", (System.nanoTime() - built) / 1_000_000,
				limit.toMillis());
		for (int run = 1; run <= 3; run++) {
			long start = System.nanoTime();
			Rotation rotation = solver.solve(participants, tables, rounds, wishes);
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("run %d: %d ms, valid %s, wishes met %d of %d (round robin %d, random %d)%n", run, millis,
					rotation.isValid(), rotation.wishesMet(wishes), wishes.size(),
					Rotation.roundRobin(participants, tables, rounds).wishesMet(wishes),
					Rotation.random(participants, tables, rounds, random).wishesMet(wishes));
		}
	}

}
