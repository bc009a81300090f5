package org.passerelle.report.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.passerelle.event.Events;
import org.passerelle.shared.PasserelleUser;

/**
 * The home page: a public landing page for visitors, and for signed-in people a greeting
 * with what their role can do.
 */
@Controller
class HomeController {

	private final Events events;

	private final HomeReading homes;

	private final StaffSections staffSections;

	HomeController(Events events, HomeReading homes, StaffSections staffSections) {
		this.events = events;
		this.homes = homes;
		this.staffSections = staffSections;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PasserelleUser user, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (user == null) {
			model.addAttribute("nextEvents", this.events.next(3));
			return "home/landing";
		}
		this.homes.addTo(model, user);
		if (model.getAttribute("standsToDecide") != null && user.getOrganisationId() != null) {
			model.addAttribute("staffSections",
					this.staffSections.of(user.getOrganisationId(), model, locale, request, response));
		}
		return "home/index";
	}

}
