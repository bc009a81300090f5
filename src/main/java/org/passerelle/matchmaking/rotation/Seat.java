package org.passerelle.matchmaking.rotation;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Where a group sits at one round: the table the solver chooses.
 */
@PlanningEntity
public class Seat {

	@PlanningId
	private Integer id;

	private int group;

	private int round;

	@PlanningVariable(valueRangeProviderRefs = "tables")
	private Integer table;

	public Seat() {
		this.id = 0;
		this.table = 0;
	}

	Seat(int id, int group, int round, int table) {
		this.id = id;
		this.group = group;
		this.round = round;
		this.table = table;
	}

	public Integer getId() {
		return this.id;
	}

	public int getGroup() {
		return this.group;
	}

	public int getRound() {
		return this.round;
	}

	public Integer getTable() {
		return this.table;
	}

	public void setTable(Integer table) {
		this.table = table;
	}

}
