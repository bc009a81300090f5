package org.passerelle.matchmaking;

import java.util.List;

/**
 * A rule of the rotation that a schedule breaks, with what the message needs: the message
 * key {@code matchmaking.rule.<rule>} and its arguments (numbers counted from one).
 *
 * @param rule which rule
 * @param arguments the groups, tables and rounds concerned
 */
public record RuleBreak(Rule rule, List<Integer> arguments) {

	/** The rules every rotation keeps. */
	public enum Rule {

		/** Two groups at one table in the same round: table, round, group, group. */
		TABLE_TAKEN_TWICE,

		/** A group meets one industrialist twice: group, table. */
		MET_TWICE,

		/**
		 * A group has no table at a round although there are tables enough: group, round.
		 */
		UNSEATED,

		/** Group sizes differ by more than one: smallest size, largest size. */
		UNBALANCED;

		public String messageKey() {
			return "matchmaking.rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	public String messageKey() {
		return this.rule.messageKey();
	}

	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
