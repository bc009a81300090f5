package org.passerelle.convention.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One pillar offered in step 4: whether it is chosen and, for a pillar that has no axis
 * yet, its first axis.
 */
class PillarChoice {

	@Nullable private Long pillarId;

	private boolean chosen;

	@Size(max = 1000)
	@Nullable private String statement;

	@Size(max = 4000)
	@Nullable private String objectives;

	@Nullable public Long getPillarId() {
		return this.pillarId;
	}

	public void setPillarId(@Nullable Long pillarId) {
		this.pillarId = pillarId;
	}

	public boolean isChosen() {
		return this.chosen;
	}

	public void setChosen(boolean chosen) {
		this.chosen = chosen;
	}

	@Nullable public String getStatement() {
		return this.statement;
	}

	public void setStatement(@Nullable String statement) {
		this.statement = statement;
	}

	@Nullable public String getObjectives() {
		return this.objectives;
	}

	public void setObjectives(@Nullable String objectives) {
		this.objectives = objectives;
	}

}
