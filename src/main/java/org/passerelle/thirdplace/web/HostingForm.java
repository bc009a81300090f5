package org.passerelle.thirdplace.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingNeed;

/**
 * A liaison's request to be hosted: where (no site: any), desks or an office for how many
 * people, from when to when (no last day: open-ended), why, whom to contact, and the
 * convention it comes under.
 */
class HostingForm {

	@Nullable private Long siteId;

	@NotNull
	@Nullable private HostingKind kind = HostingKind.DESKS;

	@NotNull
	@Min(1)
	@Max(500)
	@Nullable private Integer people;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate endsOn;

	@NotBlank
	@Size(max = 2000)
	private String purpose = "";

	@NotBlank
	@Size(max = 200)
	private String contactName = "";

	@NotBlank
	@Email
	@Size(max = 254)
	private String contactEmail = "";

	@Nullable private Long conventionId;

	HostingNeed need() {
		return new HostingNeed(this.siteId, this.kind, this.people, this.startsOn, this.endsOn, this.purpose,
				this.contactName, this.contactEmail, this.conventionId);
	}

	@Nullable public Long getSiteId() {
		return this.siteId;
	}

	public void setSiteId(@Nullable Long siteId) {
		this.siteId = siteId;
	}

	@Nullable public HostingKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable HostingKind kind) {
		this.kind = kind;
	}

	@Nullable public Integer getPeople() {
		return this.people;
	}

	public void setPeople(@Nullable Integer people) {
		this.people = people;
	}

	@Nullable public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	@Nullable public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(@Nullable String purpose) {
		this.purpose = (purpose != null) ? purpose : "";
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = (contactName != null) ? contactName : "";
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(@Nullable String contactEmail) {
		this.contactEmail = (contactEmail != null) ? contactEmail : "";
	}

	@Nullable public Long getConventionId() {
		return this.conventionId;
	}

	public void setConventionId(@Nullable Long conventionId) {
		this.conventionId = conventionId;
	}

}
