package org.passerelle.event.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The public registration form: a name and an e-mail address to confirm.
 */
public class ParticipantForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
