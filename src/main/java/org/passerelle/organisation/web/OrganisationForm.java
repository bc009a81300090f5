package org.passerelle.organisation.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.EstablishmentDetails;
import org.passerelle.organisation.Identifier;
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

	@Size(max = 30)
	@Nullable private String siret;

	@Size(max = 20)
	@Nullable private String uai;

	@Size(max = 20)
	@Nullable private String rna;

	@Size(max = 40)
	@Nullable private String ror;

	@Size(max = 30)
	@Nullable private String vatNumber;

	@Size(max = 2)
	private String country = "FR";

	@Size(max = 300)
	@Nullable private String streetAddress;

	@Size(max = 10)
	@Nullable private String postalCode;

	@Size(max = 40)
	@Nullable private String phone;

	/**
	 * The person has seen the organisations probably the same and says this one is
	 * another.
	 */
	private boolean confirmedNew;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.fill(organisation);
		form.name = organisation.getName();
		form.kind = organisation.getKind();
		form.parentId = (organisation.getParent() != null) ? organisation.getParent().getId() : null;
		form.siren = organisation.getSiren();
		form.clusterIds = organisation.getClusters().stream().map(Organisation::getId).toList();
		form.siret = organisation.getSiret();
		form.uai = organisation.getUai();
		form.rna = organisation.getRna();
		form.ror = organisation.getRor();
		form.vatNumber = organisation.getVatNumber();
		form.country = organisation.getCountry();
		form.streetAddress = organisation.getStreetAddress();
		form.postalCode = organisation.getPostalCode();
		form.phone = organisation.getPhone();
		return form;
	}

	OrganisationDetails toDetails() {
		OrganisationKind chosen = (this.kind != null) ? this.kind : OrganisationKind.COMPANY;
		Set<Long> clusters = (chosen == OrganisationKind.CLUSTER) ? Set.of() : new LinkedHashSet<>(this.clusterIds);
		return new OrganisationDetails(this.name.strip(), chosen, chosen.isInstitution() ? this.parentId : null,
				Siren.clean(this.siren), clusters, toProfile(), toEstablishment());
	}

	EstablishmentDetails toEstablishment() {
		return new EstablishmentDetails(Identifier.SIRET.clean(this.siret), Identifier.UAI.clean(this.uai),
				Identifier.RNA.clean(this.rna), Identifier.ROR.clean(this.ror), Identifier.VAT.clean(this.vatNumber),
				(this.country != null && !this.country.isBlank()) ? this.country : "FR", trimmed(this.streetAddress),
				trimmed(this.postalCode), trimmed(this.phone));
	}

	/** The identifier's value as typed. */
	@Nullable String typed(Identifier identifier) {
		return switch (identifier) {
			case SIRET -> this.siret;
			case UAI -> this.uai;
			case RNA -> this.rna;
			case ROR -> this.ror;
			case VAT -> this.vatNumber;
		};
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Nullable public String getSiret() {
		return this.siret;
	}

	public void setSiret(@Nullable String siret) {
		this.siret = siret;
	}

	@Nullable public String getUai() {
		return this.uai;
	}

	public void setUai(@Nullable String uai) {
		this.uai = uai;
	}

	@Nullable public String getRna() {
		return this.rna;
	}

	public void setRna(@Nullable String rna) {
		this.rna = rna;
	}

	@Nullable public String getRor() {
		return this.ror;
	}

	public void setRor(@Nullable String ror) {
		this.ror = ror;
	}

	@Nullable public String getVatNumber() {
		return this.vatNumber;
	}

	public void setVatNumber(@Nullable String vatNumber) {
		this.vatNumber = vatNumber;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(@Nullable String country) {
		this.country = (country != null) ? country : "FR";
	}

	@Nullable public String getStreetAddress() {
		return this.streetAddress;
	}

	public void setStreetAddress(@Nullable String streetAddress) {
		this.streetAddress = streetAddress;
	}

	@Nullable public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	@Nullable public String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public boolean isConfirmedNew() {
		return this.confirmedNew;
	}

	public void setConfirmedNew(boolean confirmedNew) {
		this.confirmedNew = confirmedNew;
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
