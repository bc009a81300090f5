package org.passerelle.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.passerelle.account.PasswordPolicy;

/**
 * A person's change of their own password.
 */
record PasswordForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword,
		@NotBlank String confirmation) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
