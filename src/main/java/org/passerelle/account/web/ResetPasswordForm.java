package org.passerelle.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.account.PasswordPolicy;

/**
 * A new password chosen through a link.
 */
record ResetPasswordForm(@NotBlank String token,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword,
		@NotBlank String confirmation) {

	static ResetPasswordForm of(String token) {
		return new ResetPasswordForm(token, "", "");
	}

}
