package org.passerelle.convention.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

/**
 * Step 4 of a convention: its pillars, each with at least one axis.
 */
class PillarsForm {

	@Valid
	private List<PillarChoice> choices = new ArrayList<>();

	private long version;

	public List<PillarChoice> getChoices() {
		return this.choices;
	}

	public void setChoices(List<PillarChoice> choices) {
		this.choices = choices;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
