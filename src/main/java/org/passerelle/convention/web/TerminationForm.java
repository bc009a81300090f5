package org.passerelle.convention.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The confirmation page of a termination: the day the convention ends early and why.
 */
class TerminationForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@Nullable private LocalDate terminatedOn;

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	private long version;

	static TerminationForm of(long version, LocalDate today) {
		TerminationForm form = new TerminationForm();
		form.version = version;
		form.terminatedOn = today;
		return form;
	}

	@Nullable public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public void setTerminatedOn(@Nullable LocalDate terminatedOn) {
		this.terminatedOn = terminatedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = (reason != null) ? reason : "";
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
