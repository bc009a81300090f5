package org.passerelle.account.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.account.AccountService;
import org.passerelle.account.WrongPasswordException;
import org.passerelle.shared.PasserelleUser;

/**
 * Everyone changes their own password here.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String VIEW = "account/password";

	private final AccountService accounts;

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal PasserelleUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmation")
				&& !passwordForm.newPassword().equals(passwordForm.confirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (!result.hasFieldErrors("newPassword") && passwordForm.newPassword().equalsIgnoreCase(user.getEmail())) {
			result.rejectValue("newPassword", "account.password.sameAsEmail");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.changePassword(user.getAccountId(), passwordForm.currentPassword(),
					passwordForm.newPassword());
		}
		catch (WrongPasswordException ex) {
			result.rejectValue("currentPassword", "account.password.wrong");
			return VIEW;
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/";
	}

}
