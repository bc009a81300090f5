package org.passerelle.matchmaking.rotation;

import java.util.BitSet;

/**
 * A participant's wish, as the solver reads it: met when their group sits at one of the
 * tables.
 *
 * @param member the participant's index
 * @param tables the tables that fulfil it
 */
public record WishFact(int member, BitSet tables) {

	public boolean accepts(Integer table) {
		return table != null && table >= 0 && this.tables.get(table);
	}

}
