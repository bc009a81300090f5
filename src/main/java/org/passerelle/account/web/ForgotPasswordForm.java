package org.passerelle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The address to send a password link to.
 */
record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm("");
	}

}
