package org.passerelle.convention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.convention.Axis;
import org.passerelle.convention.AxisDetails;

/**
 * An axis of a convention: its statement of intent and objectives, within a pillar.
 */
class AxisForm {

	@NotNull
	@Nullable private Long pillarId;

	@NotBlank
	@Size(max = 1000)
	private String statement = "";

	@Size(max = 4000)
	@Nullable private String objectives;

	private long version;

	@Nullable public Long getPillarId() {
		return this.pillarId;
	}

	public void setPillarId(@Nullable Long pillarId) {
		this.pillarId = pillarId;
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

	@Nullable public String getObjectives() {
		return this.objectives;
	}

	public void setObjectives(@Nullable String objectives) {
		this.objectives = objectives;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static AxisForm of(Axis axis) {
		AxisForm form = new AxisForm();
		form.statement = axis.getStatement();
		form.objectives = axis.getObjectives();
		form.pillarId = axis.getPillar().getId();
		form.version = axis.getVersion();
		return form;
	}

	AxisDetails toDetails() {
		return new AxisDetails(this.statement, this.objectives);
	}

}
