package org.passerelle.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.passerelle.account.Passkeys;
import org.passerelle.account.SignInOptions;
import org.passerelle.shared.PasserelleUser;

/**
 * Asking a signed-in person to show again who they are: before a sensitive action when
 * their sign-in is too old ({@code /account/confirm}), and, when administrators need a
 * second factor, before an administrator without a passkey goes on
 * ({@code /account/second-factor}). Spring Security sends them here and, once confirmed
 * (password form, passkey or identity provider), back to where they were going.
 */
@Controller
class ConfirmIdentityController {

	private final SignInOptions options;

	private final Passkeys passkeys;

	ConfirmIdentityController(SignInOptions options, Passkeys passkeys) {
		this.options = options;
		this.passkeys = passkeys;
	}

	@GetMapping("/account/confirm")
	String confirm(@AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("identityProviders", this.options.providers());
		model.addAttribute("passwordSignIn", this.options.passwordSignIn());
		model.addAttribute("hasPasskey", this.passkeys.has(user.getEmail()));
		return "account/confirm";
	}

	@GetMapping("/account/second-factor")
	String secondFactor(@AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("hasPasskey", this.passkeys.has(user.getEmail()));
		return "account/second-factor";
	}

}
