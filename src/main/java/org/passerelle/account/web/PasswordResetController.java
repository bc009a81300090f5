package org.passerelle.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.passerelle.account.PasswordResets;
import org.passerelle.account.PasswordRules;
import org.passerelle.account.ResetLinkInvalidException;

/**
 * "Forgot password" from the sign-in page: ask for a link, then choose a new password
 * through it.
 */
@Controller
class PasswordResetController {

	private static final String FORGOT = "account/forgot";

	private static final String RESET = "account/reset";

	private static final String INVALID = "account/reset-invalid";

	private final PasswordResets resets;

	private final PasswordRules rules;

	PasswordResetController(PasswordResets resets, PasswordRules rules) {
		this.resets = resets;
		this.rules = rules;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("forgotPasswordForm", ForgotPasswordForm.empty());
		return FORGOT;
	}

	@PostMapping("/password/forgot")
	String sendLink(@Valid @ModelAttribute ForgotPasswordForm forgotPasswordForm, BindingResult result,
			HttpServletRequest request, Locale locale) {
		if (result.hasErrors()) {
			return FORGOT;
		}
		this.resets.request(forgotPasswordForm.email(), request.getRemoteAddr(), locale);
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, Model model) {
		if (!this.resets.isValid(token)) {
			return INVALID;
		}
		model.addAttribute("resetPasswordForm", ResetPasswordForm.of(token));
		return RESET;
	}

	@PostMapping("/password/reset")
	String choose(@Valid @ModelAttribute ResetPasswordForm resetPasswordForm, BindingResult result) {
		for (String problem : this.rules.problems(resetPasswordForm.newPassword(), null)) {
			result.rejectValue("newPassword", problem);
		}
		if (!result.hasFieldErrors("confirmation")
				&& !resetPasswordForm.confirmation().equals(resetPasswordForm.newPassword())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return this.resets.isValid(resetPasswordForm.token()) ? RESET : INVALID;
		}
		try {
			this.resets.reset(resetPasswordForm.token(), resetPasswordForm.newPassword());
		}
		catch (ResetLinkInvalidException ex) {
			return INVALID;
		}
		return "redirect:/login?reset";
	}

}
