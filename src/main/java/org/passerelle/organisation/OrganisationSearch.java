package org.passerelle.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What a directory search asks for; every criterion is optional.
 *
 * @param text free text, found in the name, short name, city and SIREN, without regard to
 * accents or case
 * @param kind one kind of organisation
 * @param group institutions only or partners only
 * @param sizeClass a company size class
 * @param sector a sector
 * @param region a region
 * @param clusterId members of one cluster
 * @param includeInactive whether deactivated organisations are listed too
 */
public record OrganisationSearch(@Nullable String text, @Nullable OrganisationKind kind, @Nullable Group group,
		@Nullable SizeClass sizeClass, @Nullable Sector sector, @Nullable Region region, @Nullable Long clusterId,
		boolean includeInactive) {

	public static OrganisationSearch all() {
		return new OrganisationSearch(null, null, null, null, null, null, null, false);
	}

	public static OrganisationSearch text(String text) {
		return new OrganisationSearch(text, null, null, null, null, null, null, false);
	}

	/**
	 * Institutions or partners.
	 */
	public enum Group {

		INSTITUTIONS, PARTNERS

	}

}
