package org.passerelle.report.web;

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

	HomeController(Events events, HomeReading homes) {
		this.events = events;
		this.homes = homes;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PasserelleUser user, Model model) {
		if (user == null) {
			model.addAttribute("nextEvents", this.events.next(3));
			return "home/landing";
		}
		this.homes.addTo(model, user);
		return "home/index";
	}

}
