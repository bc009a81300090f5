package org.passerelle.organisation.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.Siren;

/**
 * Staff's form for an organisation: identity, place in the hierarchy, clusters and public
 * profile.
 */
class OrganisationForm extends ProfileForm {

	@NotBlank
	@Size(max = Organisation.NAME_MAX_LENGTH)
	private String name = "";

	@NotNull
	@Nullable private OrganisationKind kind;

	@Nullable private Long parentId;

	@Size(max = 20)
	@Nullable private String siren;

	private List<Long> clusterIds = List.of();

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.fill(organisation);
		form.name = organisation.getName();
		form.kind = organisation.getKind();
		form.parentId = (organisation.getParent() != null) ? organisation.getParent().getId() : null;
		form.siren = organisation.getSiren();
		form.clusterIds = organisation.getClusters().stream().map(Organisation::getId).toList();
		return form;
	}

	OrganisationDetails toDetails() {
		OrganisationKind chosen = (this.kind != null) ? this.kind : OrganisationKind.COMPANY;
		Set<Long> clusters = (chosen == OrganisationKind.CLUSTER) ? Set.of() : new LinkedHashSet<>(this.clusterIds);
		return new OrganisationDetails(this.name.strip(), chosen, chosen.isInstitution() ? this.parentId : null,
				Siren.clean(this.siren), clusters, toProfile());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	@Nullable public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	@Nullable public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(@Nullable Long parentId) {
		this.parentId = parentId;
	}

	@Nullable public String getSiren() {
		return this.siren;
	}

	public void setSiren(@Nullable String siren) {
		this.siren = siren;
	}

	public List<Long> getClusterIds() {
		return this.clusterIds;
	}

	public void setClusterIds(@Nullable List<Long> clusterIds) {
		this.clusterIds = (clusterIds != null) ? clusterIds : List.of();
	}

}
