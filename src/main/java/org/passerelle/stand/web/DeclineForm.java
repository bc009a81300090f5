package org.passerelle.stand.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Why staff decline a stand. */
class DeclineForm {

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	private long version;

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
