package org.passerelle.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a group sits at one round of a speed meeting ({@link Rotation#NO_TABLE} if
 * nowhere).
 */
@Embeddable
public class MeetingSeat {

	@Column(name = "group_number", nullable = false)
	private int group;

	@Column(nullable = false)
	private int round;

	@Column(name = "table_number", nullable = false)
	private int table;

	protected MeetingSeat() {
	}

	MeetingSeat(int group, int round, int table) {
		this.group = group;
		this.round = round;
		this.table = table;
	}

	public int getGroup() {
		return this.group;
	}

	public int getRound() {
		return this.round;
	}

	public int getTable() {
		return this.table;
	}

}
