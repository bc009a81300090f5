package org.passerelle.matchmaking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.passerelle.matchmaking.RuleBreak.Rule;

/**
 * Who meets whom at a speed meeting: each participant's group, and each group's table (an
 * industrialist) at each round. There are as many groups as tables, or fewer when there
 * are fewer participants, so that every group can sit at every round; a group without a
 * table at a round has {@link #NO_TABLE}. An immutable value: changes make a new one, and
 * {@link #brokenRules()} tells what a change broke.
 */
public final class Rotation {

	/** A group's table at a round where it has none. */
	public static final int NO_TABLE = -1;

	private final int tables;

	private final int rounds;

	private final int[] groupOf;

	private final int[][] tableAt;

	/**
	 * @param tables how many tables (industrialists) there are
	 * @param groupOf each participant's group
	 * @param tableAt each group's table at each round ({@code [group][round]})
	 */
	public Rotation(int tables, int[] groupOf, int[][] tableAt) {
		if (tables < 0) {
			throw new IllegalArgumentException("No negative number of tables");
		}
		this.tables = tables;
		this.rounds = (tableAt.length == 0) ? 0 : tableAt[0].length;
		this.groupOf = groupOf.clone();
		this.tableAt = new int[tableAt.length][];
		for (int g = 0; g < tableAt.length; g++) {
			if (tableAt[g].length != this.rounds) {
				throw new IllegalArgumentException("Every group has a place for every round");
			}
			this.tableAt[g] = tableAt[g].clone();
		}
		for (int group : groupOf) {
			if (group < 0 || group >= tableAt.length) {
				throw new IllegalArgumentException("No group " + group);
			}
		}
	}

	/** How many groups a rotation makes: one per table, fewer if people are fewer. */
	public static int groupsFor(int participants, int tables) {
		return Math.min(participants, tables);
	}

	/**
	 * The constructive first solution: participants dealt into groups in turn (so sizes
	 * differ by at most one) and group {@code g} at table {@code (g + r) mod tables} at
	 * round {@code r}, which seats every group at every round and never twice at one
	 * table while there are no more rounds than tables.
	 * @throws IllegalArgumentException if there are more rounds than tables
	 */
	public static Rotation roundRobin(int participants, int tables, int rounds) {
		if (rounds > tables && participants > 0) {
			throw new IllegalArgumentException("More rounds than tables: a group would meet someone twice");
		}
		int groups = groupsFor(participants, tables);
		int[] groupOf = new int[participants];
		for (int p = 0; p < participants; p++) {
			groupOf[p] = p % groups;
		}
		int[][] tableAt = new int[groups][rounds];
		for (int g = 0; g < groups; g++) {
			for (int r = 0; r < rounds; r++) {
				tableAt[g][r] = (g + r) % tables;
			}
		}
		return new Rotation(tables, groupOf, tableAt);
	}

	/**
	 * A valid rotation drawn at random (groups shuffled, tables and rounds permuted):
	 * what a schedule made without regard to wishes looks like.
	 */
	public static Rotation random(int participants, int tables, int rounds, Random random) {
		Rotation base = roundRobin(participants, tables, rounds);
		int[] people = shuffled(participants, random);
		int[] tableOrder = shuffled(tables, random);
		int[] groupOf = new int[participants];
		for (int p = 0; p < participants; p++) {
			groupOf[people[p]] = base.groupOf[p];
		}
		int[][] tableAt = new int[base.groups()][rounds];
		for (int g = 0; g < base.groups(); g++) {
			for (int r = 0; r < rounds; r++) {
				tableAt[g][r] = tableOrder[base.tableAt[g][r]];
			}
		}
		return new Rotation(tables, groupOf, tableAt);
	}

	private static int[] shuffled(int size, Random random) {
		int[] order = new int[size];
		for (int i = 0; i < size; i++) {
			order[i] = i;
		}
		for (int i = size - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int kept = order[i];
			order[i] = order[j];
			order[j] = kept;
		}
		return order;
	}

	public int tables() {
		return this.tables;
	}

	public int rounds() {
		return this.rounds;
	}

	public int groups() {
		return this.tableAt.length;
	}

	public int participants() {
		return this.groupOf.length;
	}

	public int groupOf(int participant) {
		return this.groupOf[participant];
	}

	/** The group's table at the round, or {@link #NO_TABLE}. */
	public int tableAt(int group, int round) {
		return this.tableAt[group][round];
	}

	/** The group at the table at the round, or -1 when the table is free. */
	public int groupAt(int table, int round) {
		for (int g = 0; g < groups(); g++) {
			if (this.tableAt[g][round] == table) {
				return g;
			}
		}
		return -1;
	}

	/** The participants of a group, in index order. */
	public List<Integer> membersOf(int group) {
		List<Integer> members = new ArrayList<>();
		for (int p = 0; p < this.groupOf.length; p++) {
			if (this.groupOf[p] == group) {
				members.add(p);
			}
		}
		return members;
	}

	/** The same rotation with the group at another table (or none) at one round. */
	public Rotation withTable(int group, int round, int table) {
		if (table != NO_TABLE && (table < 0 || table >= this.tables)) {
			throw new IllegalArgumentException("No table " + table);
		}
		int[][] changed = this.tableAt.clone();
		changed[group] = this.tableAt[group].clone();
		changed[group][round] = table;
		return new Rotation(this.tables, this.groupOf, changed);
	}

	/** The same rotation with the participant in another group. */
	public Rotation withGroup(int participant, int group) {
		int[] changed = this.groupOf.clone();
		changed[participant] = group;
		return new Rotation(this.tables, changed, this.tableAt);
	}

	/** The same tables with everybody's group given anew. */
	public Rotation withGroups(int[] groupOf) {
		if (groupOf.length != this.groupOf.length) {
			throw new IllegalArgumentException("One group per participant");
		}
		return new Rotation(this.tables, groupOf, this.tableAt);
	}

	/** The rules this rotation breaks; none for a valid one. */
	public List<RuleBreak> brokenRules() {
		List<RuleBreak> broken = new ArrayList<>();
		for (int r = 0; r < this.rounds; r++) {
			int[] seated = new int[this.tables];
			Arrays.fill(seated, -1);
			for (int g = 0; g < groups(); g++) {
				int table = this.tableAt[g][r];
				if (table == NO_TABLE) {
					broken.add(new RuleBreak(Rule.UNSEATED, List.of(g + 1, r + 1)));
				}
				else if (seated[table] >= 0) {
					broken.add(
							new RuleBreak(Rule.TABLE_TAKEN_TWICE, List.of(table + 1, r + 1, seated[table] + 1, g + 1)));
				}
				else {
					seated[table] = g;
				}
			}
		}
		for (int g = 0; g < groups(); g++) {
			boolean[] met = new boolean[this.tables];
			for (int r = 0; r < this.rounds; r++) {
				int table = this.tableAt[g][r];
				if (table != NO_TABLE) {
					if (met[table]) {
						broken.add(new RuleBreak(Rule.MET_TWICE, List.of(g + 1, table + 1)));
					}
					met[table] = true;
				}
			}
		}
		int[] sizes = sizes();
		int smallest = Arrays.stream(sizes).min().orElse(0);
		int largest = Arrays.stream(sizes).max().orElse(0);
		if (largest - smallest > 1) {
			broken.add(new RuleBreak(Rule.UNBALANCED, List.of(smallest, largest)));
		}
		return broken;
	}

	public boolean isValid() {
		return brokenRules().isEmpty();
	}

	/** Each group's number of participants. */
	public int[] sizes() {
		int[] sizes = new int[groups()];
		for (int group : this.groupOf) {
			sizes[group]++;
		}
		return sizes;
	}

	/** Whether the participant's group sits at one of the wish's tables at some round. */
	public boolean fulfils(Wish wish) {
		int group = this.groupOf[wish.participant()];
		for (int r = 0; r < this.rounds; r++) {
			if (wish.tables().contains(this.tableAt[group][r])) {
				return true;
			}
		}
		return false;
	}

	/** How many of the wishes this rotation fulfils. */
	public int wishesMet(List<Wish> wishes) {
		return (int) wishes.stream().filter(this::fulfils).count();
	}

}
