package org.passerelle.event.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.EventService;
import org.passerelle.event.Events;
import org.passerelle.event.ProgrammeItem;
import org.passerelle.event.Registration;
import org.passerelle.event.Session;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;

/**
 * An event's sessions for its organisers: add, change and remove them (the sessions step
 * of the event's editor), and each session's registrations and waitlist, on the page and
 * as a CSV file.
 */
@Controller
class SessionController {

	static final String FORM = "events/session-form";

	private final EventService service;

	private final Events events;

	private final MessageSource messages;

	private final SessionRegistrations registrations;

	SessionController(EventService service, Events events, MessageSource messages, SessionRegistrations registrations) {
		this.service = service;
		this.events = events;
		this.messages = messages;
		this.registrations = registrations;
	}

	@GetMapping("/events/{id}/edit/sessions/new")
	String create(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		SessionForm form = new SessionForm();
		event.getSessions().stream().reduce((first, second) -> second).ifPresent((last) -> {
			form.setVenue(last.getVenue());
			form.setCity(last.getCity());
			form.setCapacity(last.getCapacity());
			form.setStartsAt(last.getStartsAt());
			form.setEndsAt(last.getEndsAt());
		});
		model.addAttribute("sessionForm", form);
		return show(model, event, null);
	}

	@PostMapping("/events/{id}/edit/sessions/new")
	String create(@PathVariable long id, @Valid @ModelAttribute SessionForm sessionForm, BindingResult result,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, RedirectAttributes redirect) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		List<ProgrammeItem> programme = check(sessionForm, result);
		if (result.hasErrors()) {
			return show(model, event, null);
		}
		try {
			this.service.addSession(id, sessionForm.details(programme), user);
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
			return show(model, event, null);
		}
		redirect.addFlashAttribute("success", "event.session.added");
		return "redirect:/events/" + id + "/edit/sessions";
	}

	@GetMapping("/events/{id}/edit/sessions/{sessionId}")
	String edit(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		Session session = session(event, sessionId);
		model.addAttribute("sessionForm", SessionForm.of(session));
		return show(model, event, session);
	}

	@PostMapping("/events/{id}/edit/sessions/{sessionId}")
	String edit(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute SessionForm sessionForm,
			BindingResult result, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		Session session = session(event, sessionId);
		List<ProgrammeItem> programme = check(sessionForm, result);
		if (result.hasErrors()) {
			return show(model, event, session);
		}
		try {
			this.service.changeSession(id, sessionId, sessionForm.getVersion(), sessionForm.details(programme), user);
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
			return show(model, event, session);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return show(model, event, session);
		}
		redirect.addFlashAttribute("success", "event.session.saved");
		return "redirect:/events/" + id + "/edit/sessions";
	}

	private static List<ProgrammeItem> check(SessionForm form, BindingResult result) {
		List<ProgrammeItem> programme = form.programmeItems();
		if (programme == null) {
			result.rejectValue("programme", "event.session.programmeInvalid");
			return List.of();
		}
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
			result.rejectValue("endsAt", "event.refused.endBeforeStart");
		}
		return programme;
	}

	@PostMapping("/events/{id}/edit/sessions/{sessionId}/delete")
	String delete(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		session(event, sessionId);
		try {
			this.service.removeSession(id, sessionId, user);
			redirect.addFlashAttribute("success", "event.session.removed");
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + id + "/edit/sessions";
	}

	private String show(Model model, Event event, @Nullable Session session) {
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("step", 3);
		return FORM;
	}

	static Session session(Event event, long sessionId) {
		return event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/registrations")
	String registrations(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Made<String, KeptHtml> list = this.registrations.of(id, sessionId, EventController.requireUser(user), locale,
				request, response);
		model.addAttribute("eventTitle", list.value());
		model.addAttribute("page", list.part());
		return "events/registrations";
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/registrations.csv")
	void export(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		Event event = this.events.find(id, EventController.requireUser(user));
		Session session = session(event, sessionId);
		List<Registration> all = this.events.registrationsOf(event, sessionId, user);
		var names = this.registrations.companyNames(all);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("registrations-" + id + "-" + session.getDay() + ".csv")
					.build()
					.toString());
		DateTimeFormatter when = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.of("Europe/Paris"));
		try (SpreadsheetCsv csv = SpreadsheetCsv.commas(response.getOutputStream())) {
			csv.row(msg("event.registration.rank", locale), msg("event.registration.name", locale),
					msg("event.registration.jobTitle", locale), msg("event.registration.email", locale),
					msg("event.registration.organisation", locale), msg("event.registration.status", locale),
					msg("event.registration.registeredAt", locale), msg("event.registration.checkedInAt", locale));
			int rank = 0;
			for (Registration r : all) {
				rank++;
				String organisation = (r.getOrganisationId() != null) ? names.get(r.getOrganisationId()) : null;
				csv.row(rank, r.getName(), (r.getJobTitle() != null) ? r.getJobTitle() : "", r.getEmail(),
						(organisation != null) ? organisation : "", msg(r.getStatus().messageKey(), locale),
						when.format(r.getRegisteredAt()),
						(r.getCheckedInAt() != null) ? when.format(r.getCheckedInAt()) : "");
			}
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
