package org.passerelle.report.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import org.passerelle.convention.ActionsToDo;
import org.passerelle.convention.Conventions;
import org.passerelle.event.Events;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;

/**
 * What a signed-in person's home page shows, read in one read-only transaction: their
 * organisation, the conventions ending soon, their actions, the sections of their roles
 * and the events to come. Its parts' services join this transaction instead of opening
 * one each (seven on a staff member's home), and the sections' statements share its
 * connection instead of taking one from the pool each. A staff member's home reads what
 * is theirs alone ({@link #addOwnTo}) and, when its kept parts are stale
 * ({@link StaffHome}), what their institution's staff share ({@link #addSharedTo}).
 */
@Service
@Transactional(readOnly = true)
class HomeReading {

	private final Organisations organisations;

	private final Conventions conventions;

	private final ActionsToDo actions;

	private final Events events;

	private final RoleHomes roleHomes;

	HomeReading(Organisations organisations, Conventions conventions, ActionsToDo actions, Events events,
			RoleHomes roleHomes) {
		this.organisations = organisations;
		this.conventions = conventions;
		this.actions = actions;
		this.events = events;
		this.roleHomes = roleHomes;
	}

	/** Adds what the person's home page shows to the model. */
	void addTo(Model model, PasserelleUser user) {
		addSharedTo(model, user, addOwnTo(model, user));
	}

	/**
	 * Adds what the home page shows this person alone: their organisation and their
	 * actions.
	 * @return their organisation, if they belong to one
	 */
	@Nullable Organisation addOwnTo(Model model, PasserelleUser user) {
		Organisation organisation = (user.getOrganisationId() != null)
				? this.organisations.findToShow(user.getOrganisationId()).orElse(null) : null;
		if (organisation != null) {
			model.addAttribute("organisation", organisation);
		}
		model.addAttribute("myActions", this.actions.of(user));
		return organisation;
	}

	/**
	 * Adds what the home page shows everyone of the person's role and organisation: the
	 * conventions ending soon, the sections of their role, the events to come.
	 * @param organisation the person's organisation, if they belong to one (a liaison's
	 * sector comes from it)
	 */
	void addSharedTo(Model model, PasserelleUser user, @Nullable Organisation organisation) {
		model.addAttribute("endingSoon", this.conventions.endingSoon(user));
		model.addAttribute("watchHorizon", this.conventions.watchHorizon());
		this.roleHomes.addTo(model, user, organisation);
		// a liaison sees the events open to their sector instead
		if (!model.containsAttribute(RoleHomes.EVENTS_FOR_US)) {
			model.addAttribute("nextEvents", this.events.next(3));
		}
	}

}
