package org.passerelle.matchmaking.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.matchmaking.MatchmakingPermissions;
import org.passerelle.matchmaking.MatchmakingRefusedException;
import org.passerelle.matchmaking.WorkshopResult;
import org.passerelle.matchmaking.Workshops;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;

/**
 * A session's workshops: staff define them, place everyone by their ranked choices, and
 * see, export and print who is where.
 */
@Controller
class WorkshopController {

	private final Events events;

	private final Workshops workshops;

	private final MatchmakingPermissions permissions;

	private final MessageSource messages;

	WorkshopController(Events events, Workshops workshops, MatchmakingPermissions permissions, MessageSource messages) {
		this.events = events;
		this.workshops = workshops;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/workshops")
	String show(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = managed(id, user);
		model.addAttribute("workshopForm", new WorkshopForm());
		return showPage(model, event, SpeedMeetingController.session(event, sessionId));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/workshops")
	String add(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute WorkshopForm workshopForm,
			BindingResult result, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Event event = managed(id, user);
		Session session = SpeedMeetingController.session(event, sessionId);
		if (!result.hasErrors()) {
			try {
				this.workshops.add(event, sessionId, workshopForm.getTitle(), workshopForm.getCapacity(), user);
				redirect.addFlashAttribute("success", "matchmaking.workshop.added");
				return "redirect:" + path(id, sessionId);
			}
			catch (MatchmakingRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return showPage(model, event, session);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/workshops/{workshopId}/delete")
	String remove(@PathVariable long id, @PathVariable long sessionId, @PathVariable long workshopId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		Event event = managed(id, user);
		SpeedMeetingController.session(event, sessionId);
		this.workshops.remove(event, sessionId, workshopId, user);
		redirect.addFlashAttribute("success", "matchmaking.workshop.removed");
		return "redirect:" + path(id, sessionId);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/workshops/assign")
	String assign(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		Event event = managed(id, user);
		SpeedMeetingController.session(event, sessionId);
		try {
			this.workshops.assign(event, sessionId, user);
			redirect.addFlashAttribute("success", "matchmaking.workshop.assigned");
		}
		catch (MatchmakingRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:" + path(id, sessionId);
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/workshops/print")
	String print(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = managed(id, user);
		model.addAttribute("event", event);
		model.addAttribute("eventSession", SpeedMeetingController.session(event, sessionId));
		model.addAttribute("result", this.workshops.result(sessionId));
		return "matchmaking/workshops-print";
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/workshops.csv")
	void export(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		Event event = managed(id, user);
		Session session = SpeedMeetingController.session(event, sessionId);
		WorkshopResult result = this.workshops.result(sessionId);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("workshops-" + id + "-" + session.getDay() + ".csv")
					.build()
					.toString());
		try (SpreadsheetCsv csv = SpreadsheetCsv.commas(response.getOutputStream())) {
			csv.row(msg("matchmaking.workshop.title", locale), msg("matchmaking.csv.name", locale),
					msg("matchmaking.csv.email", locale), msg("matchmaking.csv.choice", locale));
			for (WorkshopResult.WorkshopList list : result.workshops()) {
				for (WorkshopResult.Placed placed : list.people()) {
					csv.row(list.workshop().getTitle(), placed.name(), placed.email(), choice(placed.choice(), locale));
				}
			}
			for (WorkshopResult.Placed placed : result.unplaced()) {
				csv.row(msg("matchmaking.workshop.unplaced", locale), placed.name(), placed.email(), "");
			}
		}
	}

	private String choice(int choice, Locale locale) {
		return msg("matchmaking.choice." + choice, locale);
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private String showPage(Model model, Event event, Session session) {
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("workshops", this.workshops.of(session.getId()));
		model.addAttribute("result", this.workshops.result(session.getId()));
		return "matchmaking/workshops";
	}

	private Event managed(long id, @Nullable PasserelleUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
		Event event = this.events.find(id, user);
		if (!this.permissions.canManage(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
		return event;
	}

	static String path(long id, long sessionId) {
		return "/events/" + id + "/sessions/" + sessionId + "/workshops";
	}

}
