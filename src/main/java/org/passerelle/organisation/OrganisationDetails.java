package org.passerelle.organisation;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything staff set on an organisation.
 *
 * @param name the legal or usual name
 * @param kind what sort of organisation it is
 * @param parentId the institution a component belongs to
 * @param siren the SIREN, cleaned of spaces
 * @param clusterIds the clusters it is a member of
 * @param profile its public profile
 * @param establishment its identifiers beside the SIREN, country, address and phone;
 * {@code null} leaves those stored as they are (the import, which does not read them yet)
 */
public record OrganisationDetails(String name, OrganisationKind kind, @Nullable Long parentId, @Nullable String siren,
		Set<Long> clusterIds, PublicProfile profile,
		@Nullable EstablishmentDetails establishment) implements Serializable {

	/**
	 * Details that leave the establishment's identifiers, address and phone as they are.
	 */
	public OrganisationDetails(String name, OrganisationKind kind, @Nullable Long parentId, @Nullable String siren,
			Set<Long> clusterIds, PublicProfile profile) {
		this(name, kind, parentId, siren, clusterIds, profile, null);
	}

}
