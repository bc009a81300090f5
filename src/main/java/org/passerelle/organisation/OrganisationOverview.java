package org.passerelle.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation's page shows of the directory: the organisation with its parent,
 * tags and clusters; its components; a cluster's first members; an institution's figures,
 * latest year first.
 *
 * @param organisation the organisation
 * @param components the institution's faculties, schools and laboratories
 * @param members the first members, when it is a cluster
 * @param memberCount how many active members the cluster has
 * @param figures the key figures, latest year first
 */
public record OrganisationOverview(Organisation organisation, List<Organisation> components, List<Organisation> members,
		long memberCount, List<KeyFigures> figures) {

	/** The figures of the latest year, if any. */
	public @Nullable KeyFigures latestFigures() {
		return this.figures.isEmpty() ? null : this.figures.get(0);
	}

}
