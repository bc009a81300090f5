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
import org.passerelle.shared.Role;

/**
 * The home page: a public landing page for visitors, and for signed-in people a greeting
 * with what their role can do.
 */
@Controller
class HomeController {

	private final Events events;

	private final HomeReading homes;

	private final StaffHome staffHome;

	HomeController(Events events, HomeReading homes, StaffHome staffHome) {
		this.events = events;
		this.homes = homes;
		this.staffHome = staffHome;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PasserelleUser user, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (user == null) {
			model.addAttribute("nextEvents", this.events.next(3));
			return "home/landing";
		}
		if (user.hasRole(Role.STAFF) && user.getOrganisationId() != null) {
			this.homes.addOwnTo(model, user);
			model.addAttribute("staffHome", this.staffHome.of(user, locale, request, response));
		}
		else {
			this.homes.addTo(model, user);
		}
		return "home/index";
	}

}
