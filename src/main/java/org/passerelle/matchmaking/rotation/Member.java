package org.passerelle.matchmaking.rotation;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A participant and the group the solver puts them in.
 */
@PlanningEntity
public class Member {

	@PlanningId
	private Integer index;

	@PlanningVariable(valueRangeProviderRefs = "groups")
	private Group group;

	public Member() {
		this.index = 0;
		this.group = new Group(0, 0, 0);
	}

	Member(int index, Group group) {
		this.index = index;
		this.group = group;
	}

	public Integer getIndex() {
		return this.index;
	}

	public Group getGroup() {
		return this.group;
	}

	public void setGroup(Group group) {
		this.group = group;
	}

	public int getGroupIndex() {
		return this.group.index();
	}

}
