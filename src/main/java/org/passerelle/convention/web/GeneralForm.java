package org.passerelle.convention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;

/**
 * Step 1 of a convention: what it is called, its reference, who may read it and its
 * summary.
 */
class GeneralForm {

	@NotBlank
	@Size(max = 250)
	private String title = "";

	@NotBlank
	@Size(max = 60)
	@Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*")
	private String reference = "";

	@NotNull
	@Nullable private Confidentiality confidentiality;

	@Size(max = 4000)
	@Nullable private String summary;

	@Nullable private Long ownerId;

	private long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getReference() {
		return this.reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	@Nullable public Confidentiality getConfidentiality() {
		return this.confidentiality;
	}

	public void setConfidentiality(@Nullable Confidentiality confidentiality) {
		this.confidentiality = confidentiality;
	}

	@Nullable public String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	@Nullable public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(@Nullable Long ownerId) {
		this.ownerId = ownerId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static GeneralForm of(Convention convention) {
		GeneralForm form = new GeneralForm();
		form.title = convention.getTitle();
		form.reference = convention.getReference();
		form.confidentiality = convention.getConfidentiality();
		form.summary = convention.getSummary();
		form.ownerId = convention.getOwnerOrganisationId();
		form.version = convention.getVersion();
		return form;
	}

	Confidentiality chosenConfidentiality() {
		return (this.confidentiality != null) ? this.confidentiality : Confidentiality.INTERNAL;
	}

}
