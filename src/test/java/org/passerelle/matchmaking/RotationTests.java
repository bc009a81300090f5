package org.passerelle.matchmaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.passerelle.matchmaking.RuleBreak.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

public class RotationTests {

	@Test
	void theRoundRobinKeepsEveryRuleOverManySizes() {
		Random random = new Random(7);
		for (int run = 0; run < 2000; run++) {
			int tables = 1 + random.nextInt(30);
			int rounds = random.nextInt(tables + 1);
			int participants = random.nextInt(150);
			Rotation rotation = Rotation.roundRobin(participants, tables, rounds);
			assertKeepsTheRules(rotation, participants, tables, rounds);
			assertKeepsTheRules(Rotation.random(participants, tables, rounds, random), participants, tables, rounds);
		}
	}

	/**
	 * The properties every rotation must have: no repeated meeting, no table taken twice,
	 * sizes differing by one at most, and every group seated at every round.
	 */
	public static void assertKeepsTheRules(Rotation rotation, int participants, int tables, int rounds) {
		String numbers = participants + " participants, " + tables + " tables, " + rounds + " rounds";
		assertThat(rotation.participants()).as(numbers).isEqualTo(participants);
		assertThat(rotation.groups()).as(numbers).isEqualTo(Math.min(participants, tables));
		for (int g = 0; g < rotation.groups(); g++) {
			int[] met = new int[rounds];
			for (int r = 0; r < rounds; r++) {
				met[r] = rotation.tableAt(g, r);
				assertThat(met[r]).as("group %d seated at round %d, %s", g, r, numbers).isBetween(0, tables - 1);
			}
			assertThat(Arrays.stream(met).distinct().count()).as("no repeated meeting, %s", numbers).isEqualTo(rounds);
		}
		for (int r = 0; r < rounds; r++) {
			List<Integer> taken = new ArrayList<>();
			for (int g = 0; g < rotation.groups(); g++) {
				taken.add(rotation.tableAt(g, r));
			}
			assertThat(taken).as("one group per table, %s", numbers).doesNotHaveDuplicates();
		}
		int[] sizes = rotation.sizes();
		if (sizes.length > 0) {
			assertThat(Arrays.stream(sizes).max().getAsInt() - Arrays.stream(sizes).min().getAsInt())
				.as("balanced, %s", numbers)
				.isLessThanOrEqualTo(1);
			assertThat(Arrays.stream(sizes).min().getAsInt()).as("no empty group, %s", numbers).isPositive();
		}
		assertThat(rotation.brokenRules()).as(numbers).isEmpty();
	}

	@Test
	void moreRoundsThanTablesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Rotation.roundRobin(10, 3, 4));
	}

	@Test
	void aChangeThatBreaksARuleIsToldWhichOne() {
		Rotation rotation = Rotation.roundRobin(12, 4, 3);
		// group 1 sits at table 0 at round 0; group 2 is moved there too
		Rotation clash = rotation.withTable(1, 0, rotation.tableAt(0, 0));
		assertThat(clash.brokenRules()).extracting(RuleBreak::rule).containsExactly(Rule.TABLE_TAKEN_TWICE);
		// group 2 moved at round 1 to the table it has at round 2
		assertThat(rotation.withTable(1, 0, rotation.tableAt(1, 1)).brokenRules()).extracting(RuleBreak::rule)
			.contains(Rule.MET_TWICE);
		assertThat(clash.brokenRules()).filteredOn((broken) -> broken.rule() == Rule.TABLE_TAKEN_TWICE)
			.extracting(RuleBreak::arguments)
			.containsExactly(List.of(1, 1, 1, 2));
		assertThat(rotation.withTable(0, 2, Rotation.NO_TABLE).brokenRules()).extracting(RuleBreak::rule)
			.containsExactly(Rule.UNSEATED);
		// three per group: moving one person makes sizes 2 and 4
		assertThat(rotation.withGroup(0, 1).brokenRules()).extracting(RuleBreak::rule).containsExactly(Rule.UNBALANCED);
		// a free table at that round takes the group without breaking anything
		Rotation free = Rotation.roundRobin(10, 5, 2);
		int unused = free.groups();
		assertThat(free.groupAt(unused, 0)).isEqualTo(-1);
	}

	@Test
	void wishesAreMetWhenTheGroupSitsAtOneOfTheirTables() {
		Rotation rotation = Rotation.roundRobin(4, 4, 2);
		// participant 0 is in group 0, at tables 0 then 1
		assertThat(rotation.fulfils(new Wish(0, java.util.Set.of(1, 3)))).isTrue();
		assertThat(rotation.fulfils(new Wish(0, java.util.Set.of(2, 3)))).isFalse();
		assertThat(rotation.wishesMet(List.of(new Wish(0, java.util.Set.of(1)), new Wish(1, java.util.Set.of(0)))))
			.isEqualTo(1);
	}

}
