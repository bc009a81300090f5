package org.passerelle.convention.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One signatory row of step 3; a row left blank is ignored.
 */
class SignatoryForm {

	@Size(max = 120)
	@Nullable private String name;

	@Size(max = 200)
	@Nullable private String function;

	@Nullable private Long organisationId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate signedOn;

	@Nullable public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	@Nullable public String getFunction() {
		return this.function;
	}

	public void setFunction(@Nullable String function) {
		this.function = function;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	@Nullable public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(@Nullable LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	boolean isBlank() {
		return isBlank(this.name) && isBlank(this.function) && this.organisationId == null && this.signedOn == null;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
