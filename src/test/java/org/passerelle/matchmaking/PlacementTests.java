package org.passerelle.matchmaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementTests {

	@Test
	void placementIsOptimalAgainstBruteForceOnSmallCases() {
		Random random = new Random(5);
		for (int run = 0; run < 400; run++) {
			int workshops = 1 + random.nextInt(3);
			int[] capacities = new int[workshops];
			for (int w = 0; w < workshops; w++) {
				capacities[w] = random.nextInt(4);
			}
			int people = random.nextInt(7);
			List<List<Integer>> rankings = rankings(people, workshops, random);
			Placement placement = Placement.of(capacities, rankings);
			int[] found = new int[people];
			for (int p = 0; p < people; p++) {
				found[p] = placement.workshopOf(p);
			}
			String example = Arrays.toString(capacities) + " " + rankings;
			assertThat(withinCapacity(found, capacities)).as(example).isTrue();
			long[] best = best(capacities, rankings, new int[people], 0);
			assertThat(score(found, rankings, capacities)).as(example).containsExactly(best);
		}
	}

	@Test
	void earlierRegistrationWinsATie() {
		// both want workshop 0 first and 1 second; one place in each
		Placement placement = Placement.of(new int[] { 1, 1 }, List.of(List.of(0, 1), List.of(0, 1)));
		assertThat(placement.workshopOf(0)).isZero();
		assertThat(placement.rankOf(0)).isEqualTo(1);
		assertThat(placement.rankOf(1)).isEqualTo(2);
		// one place only: the earlier one gets it
		Placement short1 = Placement.of(new int[] { 1 }, List.of(List.of(0), List.of(0)));
		assertThat(short1.workshopOf(0)).isZero();
		assertThat(short1.workshopOf(1)).isEqualTo(Placement.NONE);
	}

	@Test
	void thoseWhoRankedNothingFillThePlacesLeft() {
		// two rank workshop 0 (two places), one ranks nothing: they go to the workshop
		// with most places left, and never take a ranker's place
		Placement placement = Placement.of(new int[] { 2, 1, 3 },
				List.of(List.of(), List.of(0), List.of(0), List.of()));
		assertThat(placement.workshopOf(1)).isZero();
		assertThat(placement.workshopOf(2)).isZero();
		assertThat(placement.workshopOf(0)).isEqualTo(2);
		assertThat(placement.workshopOf(3)).isEqualTo(2);
		assertThat(placement.countOfRank(1)).isEqualTo(2);
		Placement full = Placement.of(new int[] { 1 }, List.of(List.of(), List.of(0)));
		assertThat(full.workshopOf(1)).isZero();
		assertThat(full.workshopOf(0)).isEqualTo(Placement.NONE);
	}

	private static List<List<Integer>> rankings(int people, int workshops, Random random) {
		List<List<Integer>> rankings = new ArrayList<>();
		for (int p = 0; p < people; p++) {
			List<Integer> order = new ArrayList<>();
			for (int w = 0; w < workshops; w++) {
				order.add(w);
			}
			java.util.Collections.shuffle(order, random);
			rankings.add(new ArrayList<>(order.subList(0, random.nextInt(workshops + 1))));
		}
		return rankings;
	}

	/** The best score of every placement within capacity, by brute force. */
	private static long[] best(int[] capacities, List<List<Integer>> rankings, int[] chosen, int person) {
		if (person == chosen.length) {
			return withinCapacity(chosen, capacities) ? score(chosen, rankings, capacities) : null;
		}
		long[] best = null;
		for (int w = Placement.NONE; w < capacities.length; w++) {
			chosen[person] = w;
			long[] score = best(capacities, rankings, chosen, person + 1);
			if (score != null && (best == null || Arrays.compare(score, best) > 0)) {
				best = score;
			}
		}
		return best;
	}

	private static boolean withinCapacity(int[] chosen, int[] capacities) {
		int[] taken = new int[capacities.length];
		for (int w : chosen) {
			if (w != Placement.NONE && ++taken[w] > capacities[w]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What the placement maximises, in order: rankers placed, first choices, second,
	 * third, then people placed at all.
	 */
	private static long[] score(int[] chosen, List<List<Integer>> rankings, int[] capacities) {
		long[] score = new long[5];
		for (int p = 0; p < chosen.length; p++) {
			boolean ranker = !rankings.get(p).isEmpty();
			if (chosen[p] != Placement.NONE) {
				score[4]++;
				if (ranker) {
					score[0]++;
				}
				int rank = Placement.rank(rankings.get(p), chosen[p]);
				if (rank > 0) {
					score[rank]++;
				}
			}
		}
		return score;
	}

}
