package org.passerelle.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.passerelle.convention.ActionsToDo;
import org.passerelle.convention.Conventions;
import org.passerelle.event.Events;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;

/**
 * The home page: a public landing page for visitors, and for signed-in people a greeting
 * with what their role can do.
 */
@Controller
class HomeController {

	private final Organisations organisations;

	private final Conventions conventions;

	private final ActionsToDo actions;

	private final Events events;

	private final RoleHomes roleHomes;

	HomeController(Organisations organisations, Conventions conventions, ActionsToDo actions, Events events,
			RoleHomes roleHomes) {
		this.organisations = organisations;
		this.conventions = conventions;
		this.actions = actions;
		this.events = events;
		this.roleHomes = roleHomes;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PasserelleUser user, Model model) {
		if (user == null) {
			model.addAttribute("nextEvents", this.events.next(3));
			return "home/landing";
		}
		Organisation organisation = (user.getOrganisationId() != null)
				? this.organisations.findToShow(user.getOrganisationId()).orElse(null) : null;
		if (organisation != null) {
			model.addAttribute("organisation", organisation);
		}
		model.addAttribute("endingSoon", this.conventions.endingSoon(user));
		model.addAttribute("myActions", this.actions.of(user));
		model.addAttribute("watchHorizon", this.conventions.watchHorizon());
		this.roleHomes.addTo(model, user, organisation);
		// a liaison sees the events open to their sector instead
		if (!model.containsAttribute(RoleHomes.EVENTS_FOR_US)) {
			model.addAttribute("nextEvents", this.events.next(3));
		}
		return "home/index";
	}

}
