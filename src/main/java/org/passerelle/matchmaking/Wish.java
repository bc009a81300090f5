package org.passerelle.matchmaking;

import java.util.Set;

/**
 * One thing a participant wished to meet (a company, a sector), as the tables that would
 * fulfil it: met when the participant's group sits at one of them at some round.
 *
 * @param participant the participant's index in the rotation
 * @param tables the indexes of the tables that fulfil the wish
 */
public record Wish(int participant, Set<Integer> tables) {

	public Wish {
		tables = Set.copyOf(tables);
	}

}
