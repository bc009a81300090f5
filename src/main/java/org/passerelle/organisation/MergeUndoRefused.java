package org.passerelle.organisation;

import java.util.List;

/** A merge that cannot be undone now, and why. */
public class MergeUndoRefused extends RuntimeException {

	private final List<OrganisationMerge.Refusal> refusals;

	public MergeUndoRefused(List<OrganisationMerge.Refusal> refusals) {
		super("The merge cannot be undone: " + refusals);
		this.refusals = List.copyOf(refusals);
	}

	public List<OrganisationMerge.Refusal> getRefusals() {
		return this.refusals;
	}

}
