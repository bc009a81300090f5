package org.passerelle.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.account.Passkeys;
import org.passerelle.shared.PasserelleUser;

/**
 * Everyone's passkeys: listed here, added through Spring Security's WebAuthn endpoints
 * (the page's script), removed with a form. The page asks for a recent sign-in
 * (SecurityConfiguration).
 */
@Controller
@RequestMapping("/account/passkeys")
class PasskeyController {

	private final Passkeys passkeys;

	PasskeyController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@GetMapping
	String list(@AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("passkeys", this.passkeys.of(user.getEmail()));
		return "account/passkeys";
	}

	@PostMapping("/{passkeyId}/delete")
	String remove(@AuthenticationPrincipal PasserelleUser user, @PathVariable String passkeyId,
			RedirectAttributes redirect) {
		this.passkeys.remove(user.getEmail(), passkeyId);
		redirect.addFlashAttribute("success", "passkeys.removed");
		return "redirect:/account/passkeys";
	}

}
