package org.passerelle.account.web;

import java.util.List;
import java.util.Locale;

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
 * Everyone chooses here which mails they receive, whether at once or in a daily or weekly
 * digest, and in which language.
 */
@Controller
@RequestMapping("/account/notifications")
class NotificationsController {

	private static final String VIEW = "account/notifications";

	private static final List<String> LANGUAGES = List.of("fr", "en");

	private final NotificationPreferences preferences;

	NotificationsController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("topics", NotificationTopic.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("languages", LANGUAGES);
	}

	@GetMapping
	String form(@AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("notificationsForm", NotificationsForm.of(this.preferences.of(user.getAccountId()),
				this.preferences.language(user.getAccountId())));
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
		if (!LANGUAGES.contains(notificationsForm.getLanguage()) && !result.hasErrors()) {
			result.rejectValue("language", "notifications.language.missing");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		this.preferences.choose(user.getAccountId(), notificationsForm.getChoices());
		this.preferences.speaks(user.getAccountId(), Locale.forLanguageTag(notificationsForm.getLanguage()), false);
		redirect.addFlashAttribute("success", "notifications.saved");
		return "redirect:/account/notifications";
	}

}
