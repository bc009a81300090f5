package org.passerelle.matchmaking.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.matchmaking.MatchmakingPermissions;
import org.passerelle.matchmaking.MatchmakingRefusedException;
import org.passerelle.matchmaking.Workshops;
import org.passerelle.matchmaking.SpeedMeetings;
import org.passerelle.shared.NotFoundException;

/**
 * A participant's own page, reached by the signed link of their registration (no account
 * needed): their speed-meeting timetable once published, and the session's workshops to
 * rank, then the one they were placed in.
 */
@Controller
class TimetableController {

	private final Events events;

	private final SpeedMeetings speedMeetings;

	private final Workshops workshops;

	private final MatchmakingPermissions permissions;

	TimetableController(Events events, SpeedMeetings speedMeetings, Workshops workshops,
			MatchmakingPermissions permissions) {
		this.events = events;
		this.speedMeetings = speedMeetings;
		this.workshops = workshops;
		this.permissions = permissions;
	}

	@GetMapping("/events/registrations/{registration}/timetable")
	String show(@PathVariable UUID registration, @RequestParam(required = false) @Nullable String signature,
			Model model) {
		Registration found = own(registration, signature);
		long sessionId = found.getSession().getId();
		model.addAttribute("registration", found);
		model.addAttribute("event", found.getSession().getEvent());
		model.addAttribute("eventSession", found.getSession());
		model.addAttribute("signature", signature);
		model.addAttribute("schedule", this.speedMeetings.of(sessionId).filter((s) -> s.isPublished()).orElse(null));
		model.addAttribute("workshops", this.workshops.of(sessionId));
		model.addAttribute("ranking", this.workshops.rankingOf(found.getId()));
		model.addAttribute("place", this.workshops.placeOf(found.getId()));
		return "matchmaking/timetable";
	}

	@PostMapping("/events/registrations/{registration}/timetable")
	String rank(@PathVariable UUID registration, @RequestParam(required = false) @Nullable String signature,
			@RequestParam(required = false) @Nullable Long first, @RequestParam(required = false) @Nullable Long second,
			@RequestParam(required = false) @Nullable Long third, RedirectAttributes redirect) {
		Registration found = own(registration, signature);
		List<Long> ranking = new ArrayList<>();
		for (Long choice : new Long[] { first, second, third }) {
			if (choice != null) {
				ranking.add(choice);
			}
		}
		try {
			this.workshops.rank(found, ranking);
			redirect.addFlashAttribute("success", "matchmaking.ranked");
		}
		catch (MatchmakingRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		redirect.addAttribute("signature", signature);
		return "redirect:/events/registrations/" + registration + "/timetable";
	}

	private Registration own(UUID registration, @Nullable String signature) {
		if (!this.permissions.isOwnLink(registration, signature)) {
			throw new NotFoundException("Registration", registration);
		}
		Registration found = this.events.registration(registration);
		if (!found.getStatus().holdsPlace()) {
			throw new NotFoundException("Registration", registration);
		}
		return found;
	}

}
