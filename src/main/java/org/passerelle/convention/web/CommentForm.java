package org.passerelle.convention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment on an action.
 */
class CommentForm {

	@NotBlank
	@Size(max = 2000)
	private String body = "";

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
