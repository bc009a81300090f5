package org.passerelle.convention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.convention.Pillar;
import org.passerelle.convention.PillarColour;
import org.passerelle.convention.PillarDetails;

/**
 * An administrator's form for one pillar, named and described in both languages.
 */
class PillarForm {

	@NotBlank
	@Size(max = 120)
	private String nameFr = "";

	@NotBlank
	@Size(max = 120)
	private String nameEn = "";

	@Size(max = 1000)
	@Nullable private String descriptionFr;

	@Size(max = 1000)
	@Nullable private String descriptionEn;

	@NotNull
	@Nullable private PillarColour colour;

	private long version;

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	@Nullable public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(@Nullable String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	@Nullable public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(@Nullable String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	@Nullable public PillarColour getColour() {
		return this.colour;
	}

	public void setColour(@Nullable PillarColour colour) {
		this.colour = colour;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static PillarForm of(Pillar pillar) {
		PillarForm form = new PillarForm();
		form.nameFr = pillar.getNameFr();
		form.nameEn = pillar.getNameEn();
		form.descriptionFr = pillar.getDescriptionFr();
		form.descriptionEn = pillar.getDescriptionEn();
		form.colour = pillar.getColour();
		form.version = pillar.getVersion();
		return form;
	}

	PillarDetails toDetails() {
		return new PillarDetails(this.nameFr, this.nameEn, this.descriptionFr, this.descriptionEn,
				(this.colour != null) ? this.colour : PillarColour.NAVY);
	}

}
