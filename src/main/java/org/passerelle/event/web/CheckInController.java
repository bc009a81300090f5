package org.passerelle.event.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.passerelle.event.Attendee;
import org.passerelle.event.CheckIns;
import org.passerelle.event.Event;
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.event.Session;
import org.passerelle.shared.PasserelleUser;

/**
 * The check-in page of a session, for its organisers on the day (made for a phone): find
 * someone by a part of their name, mark them present or take it back, add a walk-in.
 * Plain forms, no script: each action comes back to the page with the search kept.
 */
@Controller
class CheckInController {

	static final String PAGE = "events/check-in";

	private final Events events;

	private final CheckIns checkIns;

	CheckInController(Events events, CheckIns checkIns) {
		this.events = events;
		this.checkIns = checkIns;
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/check-in")
	String page(@PathVariable long id, @PathVariable long sessionId, @RequestParam(required = false) String q,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		if (!model.containsAttribute("participantForm")) {
			model.addAttribute("participantForm", new ParticipantForm());
		}
		return show(id, sessionId, q, EventController.requireUser(user), model);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/check-in/{registration}")
	String checkIn(@PathVariable long id, @PathVariable long sessionId, @PathVariable UUID registration,
			@RequestParam(required = false) String q, @AuthenticationPrincipal @Nullable PasserelleUser user,
			RedirectAttributes redirect) {
		try {
			Registration done = this.checkIns.checkIn(id, sessionId, registration, EventController.requireUser(user));
			redirect.addFlashAttribute("checkedIn", done.getName());
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return back(id, sessionId, q);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/check-in/{registration}/undo")
	String undo(@PathVariable long id, @PathVariable long sessionId, @PathVariable UUID registration,
			@RequestParam(required = false) String q, @AuthenticationPrincipal @Nullable PasserelleUser user,
			RedirectAttributes redirect) {
		try {
			Registration undone = this.checkIns.undo(id, sessionId, registration, EventController.requireUser(user));
			redirect.addFlashAttribute("undone", undone.getName());
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return back(id, sessionId, q);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/check-in/walk-in")
	String walkIn(@PathVariable long id, @PathVariable long sessionId,
			@Valid @ModelAttribute ParticipantForm participantForm, BindingResult result,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		PasserelleUser person = EventController.requireUser(user);
		if (!result.hasErrors()) {
			try {
				Registration added = this.checkIns.walkIn(id, sessionId,
						new Attendee(participantForm.getName(), null, participantForm.getEmail(), locale), person);
				redirect.addFlashAttribute("checkedIn", added.getName());
				return back(id, sessionId, null);
			}
			catch (EventRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
			catch (DataIntegrityViolationException ex) {
				result.reject("event.checkIn.alreadyRegistered");
			}
		}
		model.addAttribute("walkInOpen", true);
		return show(id, sessionId, null, person, model);
	}

	private String show(long id, long sessionId, @Nullable String q, PasserelleUser user, Model model) {
		Event event = this.events.find(id, user);
		Session session = SessionController.session(event, sessionId);
		String query = StringUtils.hasText(q) ? q.strip() : null;
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("q", query);
		model.addAttribute("results", this.checkIns.search(event, sessionId, query, user));
		model.addAttribute("lastCheckedIn", this.checkIns.lastCheckedIn(event, sessionId, 5, user));
		model.addAttribute("present", this.checkIns.attendance(event).get(sessionId));
		return PAGE;
	}

	private static String back(long id, long sessionId, @Nullable String q) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/events/{id}/sessions/{sessionId}/check-in");
		if (StringUtils.hasText(q)) {
			uri.queryParam("q", q.strip());
		}
		return "redirect:" + uri.encode().buildAndExpand(id, sessionId).toUriString();
	}

}
