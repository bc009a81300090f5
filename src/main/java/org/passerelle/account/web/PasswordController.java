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
import org.passerelle.account.PasswordRules;
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

	private final PasswordRules rules;

	PasswordController(AccountService accounts, PasswordRules rules) {
		this.accounts = accounts;
		this.rules = rules;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		return VIEW;
	}

	/**
	 * Every problem of the form at once: the current password, each rule the new one
	 * breaks and the confirmation, so that nobody fixes one to meet the next.
	 */
	@PostMapping
	String change(@AuthenticationPrincipal PasserelleUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("currentPassword")
				&& !this.accounts.isPassword(user.getAccountId(), passwordForm.currentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		for (String problem : this.rules.problems(passwordForm.newPassword(), user.getEmail())) {
			result.rejectValue("newPassword", problem);
		}
		if (!result.hasFieldErrors("confirmation") && !passwordForm.confirmation().equals(passwordForm.newPassword())) {
			result.rejectValue("confirmation", "account.password.mismatch");
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
