package org.passerelle.account.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.account.Delivery;
import org.passerelle.account.NotificationPreferences;
import org.passerelle.account.NotificationTopic;
import org.passerelle.shared.PasserelleUser;

/**
 * Everyone chooses here which mails they receive, and whether at once or in a daily or
 * weekly digest.
 */
@Controller
@RequestMapping("/account/notifications")
class NotificationsController {

	private static final String VIEW = "account/notifications";

	private final NotificationPreferences preferences;

	NotificationsController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("topics", NotificationTopic.values());
		model.addAttribute("deliveries", Delivery.values());
	}

	@GetMapping
	String form(@AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("notificationsForm", NotificationsForm.of(this.preferences.of(user.getAccountId())));
		return VIEW;
	}

	@PostMapping
	String choose(@AuthenticationPrincipal PasserelleUser user, @ModelAttribute NotificationsForm notificationsForm,
			BindingResult result, RedirectAttributes redirect) {
		for (NotificationTopic topic : NotificationTopic.values()) {
			if (notificationsForm.getChoices().get(topic) == null && !result.hasErrors()) {
				result.reject("notifications.missing");
			}
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		this.preferences.choose(user.getAccountId(), notificationsForm.getChoices());
		redirect.addFlashAttribute("success", "notifications.saved");
		return "redirect:/account/notifications";
	}

}
