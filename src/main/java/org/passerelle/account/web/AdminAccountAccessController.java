package org.passerelle.account.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.account.AccountService;
import org.passerelle.account.PasswordResets;

/**
 * Administrators help people back in: a link to choose a new password (they never see nor
 * set it), or the lifting of a lock after failed sign-ins. The person is told by mail.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class AdminAccountAccessController {

	private final PasswordResets resets;

	private final AccountService accounts;

	AdminAccountAccessController(PasswordResets resets, AccountService accounts) {
		this.resets = resets;
		this.accounts = accounts;
	}

	@PostMapping("/password-link")
	String sendPasswordLink(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		this.resets.sendFor(id, locale);
		redirect.addFlashAttribute("success", "admin.users.passwordLink.sent");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		this.accounts.unlock(id, locale);
		redirect.addFlashAttribute("success", "admin.users.unlocked");
		return "redirect:/admin/users/" + id;
	}

}
