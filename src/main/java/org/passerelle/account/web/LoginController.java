package org.passerelle.account.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.passerelle.account.SignInOptions;

/**
 * The sign-in page: the e-mail and password form and a "Sign in with …" link per identity
 * provider. Spring Security handles the form's POST, the providers' redirects and
 * sign-out.
 */
@Controller
class LoginController {

	private final SignInOptions options;

	LoginController(SignInOptions options) {
		this.options = options;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("identityProviders", this.options.providers());
		model.addAttribute("passwordSignIn", this.options.passwordSignIn());
		return "account/login";
	}

}
