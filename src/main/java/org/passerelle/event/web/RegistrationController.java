package org.passerelle.event.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.event.Attendee;
import org.passerelle.event.Event;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationKind;
import org.passerelle.event.RegistrationLinks;
import org.passerelle.event.RegistrationLinks.Purpose;
import org.passerelle.event.Registrations;
import org.passerelle.event.Session;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.SectorOrder;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Registrations: a liaison's employees, their organisation's list with cancel and
 * replace, staff cancelling, and the public form with the links mailed to participants.
 */
@Controller
class RegistrationController {

	private final Events events;

	private final Registrations registrations;

	private final EventPermissions permissions;

	private final RegistrationLinks links;

	private final Organisations organisations;

	private final RegistrationConfirmations confirmations;

	private final SectorOrder sectors;

	RegistrationController(Events events, Registrations registrations, EventPermissions permissions,
			RegistrationLinks links, Organisations organisations, RegistrationConfirmations confirmations,
			SectorOrder sectors) {
		this.events = events;
		this.sectors = sectors;
		this.registrations = registrations;
		this.permissions = permissions;
		this.links = links;
		this.organisations = organisations;
		this.confirmations = confirmations;
	}

	// A liaison's employees

	@GetMapping("/events/{id}/sessions/{sessionId}/employees")
	String employees(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = employeesEvent(id, user);
		model.addAttribute("employeesForm", EmployeesForm.blank());
		return showEmployees(model, event, SessionController.session(event, sessionId));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/employees")
	String employees(@PathVariable long id, @PathVariable long sessionId,
			@Valid @ModelAttribute EmployeesForm employeesForm, BindingResult result,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		Event event = employeesEvent(id, user);
		Session session = SessionController.session(event, sessionId);
		List<Attendee> people = new ArrayList<>();
		List<PersonForm> rows = employeesForm.getPeople();
		for (int i = 0; i < rows.size(); i++) {
			PersonForm row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (PersonForm.blank(row.getName())) {
				result.rejectValue("people[" + i + "].name", "NotBlank");
			}
			if (PersonForm.blank(row.getEmail())) {
				result.rejectValue("people[" + i + "].email", "NotBlank");
			}
			if (row.isComplete() && !result.hasFieldErrors("people[" + i + "].*")) {
				people.add(row.attendee(locale));
			}
		}
		if (people.isEmpty() && !result.hasErrors()) {
			result.reject("event.employees.none");
		}
		if (result.hasErrors()) {
			return showEmployees(model, event, session);
		}
		try {
			List<Registration> made = this.registrations.registerEmployees(id, sessionId, people, user);
			long waiting = made.stream().filter((r) -> !r.getStatus().holdsPlace()).count();
			redirect.addFlashAttribute("success",
					(waiting > 0) ? "event.employees.registeredSomeWaiting" : "event.employees.registered");
			return "redirect:/events/" + id + "/my-registrations";
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
			return showEmployees(model, event, session);
		}
	}

	private Event employeesEvent(long id, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, EventController.requireUser(user));
		if (!this.permissions.canRegisterEmployees(event, user)) {
			throw new AccessDeniedException("Only liaisons register employees, while registrations are open");
		}
		return event;
	}

	private String showEmployees(Model model, Event event, Session session) {
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		return "events/employees";
	}

	@GetMapping("/events/{id}/my-registrations")
	String mine(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.events.find(id, EventController.requireUser(user));
		List<Registration> mine = this.events.ofMyOrganisation(event, user);
		model.addAttribute("event", event);
		model.addAttribute("registrations", mine);
		model.addAttribute("canRegister", this.permissions.canRegisterEmployees(event, user));
		// the sessions where the organisation's people host speed-meeting tables
		Set<Long> hosting = mine.stream()
			.filter((registration) -> registration.getKind() == RegistrationKind.ORGANISATION
					&& registration.getStatus().holdsPlace())
			.map((registration) -> registration.getSession().getId())
			.collect(Collectors.toSet());
		model.addAttribute("tableSessions",
				event.getKind().holdsSpeedMeetings()
						? event.getSessions().stream().filter((session) -> hosting.contains(session.getId())).toList()
						: List.of());
		return "events/my-registrations";
	}

	// Cancelling and replacing, by staff or the liaison

	@GetMapping("/events/{id}/registrations/{registration}/cancel")
	String cancel(@PathVariable long id, @PathVariable UUID registration,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Found found = cancellable(id, registration, user);
		model.addAttribute("event", found.event());
		model.addAttribute("registration", found.registration());
		model.addAttribute("back", back(found, user));
		return "events/cancel";
	}

	@PostMapping("/events/{id}/registrations/{registration}/cancel")
	String cancel(@PathVariable long id, @PathVariable UUID registration,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		Found found = cancellable(id, registration, user);
		String back = back(found, user);
		try {
			this.registrations.cancel(registration, user);
			redirect.addFlashAttribute("success", "event.registration.cancelled");
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:" + back;
	}

	@GetMapping("/events/{id}/registrations/{registration}/replace")
	String replace(@PathVariable long id, @PathVariable UUID registration,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Found found = replaceable(id, registration, user);
		PersonForm form = new PersonForm();
		model.addAttribute("personForm", form);
		return showReplace(model, found, user);
	}

	@PostMapping("/events/{id}/registrations/{registration}/replace")
	String replace(@PathVariable long id, @PathVariable UUID registration, @Valid @ModelAttribute PersonForm personForm,
			BindingResult result, @AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		Found found = replaceable(id, registration, user);
		if (PersonForm.blank(personForm.getName())) {
			result.rejectValue("name", "NotBlank");
		}
		if (PersonForm.blank(personForm.getEmail())) {
			result.rejectValue("email", "NotBlank");
		}
		if (result.hasErrors()) {
			return showReplace(model, found, user);
		}
		try {
			this.registrations.replace(registration, personForm.attendee(locale), user);
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
			return showReplace(model, found, user);
		}
		redirect.addFlashAttribute("success", "event.registration.replaced");
		return "redirect:" + back(found, user);
	}

	private String showReplace(Model model, Found found, PasserelleUser user) {
		model.addAttribute("event", found.event());
		model.addAttribute("registration", found.registration());
		model.addAttribute("back", back(found, user));
		return "events/replace";
	}

	/** A registration of an event, found for someone who may cancel it. */
	private record Found(Event event, Registration registration) {

	}

	private Found cancellable(long id, UUID publicId, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, EventController.requireUser(user));
		Registration registration = this.events.registration(publicId);
		if (registration.getEventId() != id) {
			throw new NotFoundException("Registration", publicId);
		}
		if (!this.permissions.canCancel(registration, event, user)) {
			throw new AccessDeniedException("Not yours to cancel");
		}
		return new Found(event, registration);
	}

	private Found replaceable(long id, UUID publicId, @Nullable PasserelleUser user) {
		Found found = cancellable(id, publicId, user);
		if (found.registration().getKind() != RegistrationKind.ORGANISATION) {
			throw new NotFoundException("Registration", publicId);
		}
		return found;
	}

	private String back(Found found, PasserelleUser user) {
		long eventId = found.event().getId();
		return this.permissions.canEdit(found.event(), user)
				? "/events/" + eventId + "/sessions/" + found.registration().getSession().getId() + "/registrations"
				: "/events/" + eventId + "/my-registrations";
	}

	// The public form and the links in the participant's mail

	@GetMapping("/events/{id}/sessions/{sessionId}/register")
	String register(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = participantEvent(id, user);
		ParticipantForm form = new ParticipantForm();
		if (user != null) {
			form.setName(user.getDisplayName());
			form.setEmail(user.getEmail());
		}
		model.addAttribute("participantForm", form);
		return showRegister(model, event, SessionController.session(event, sessionId));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/register")
	ModelAndView register(@PathVariable long id, @PathVariable long sessionId,
			@Valid @ModelAttribute ParticipantForm participantForm, BindingResult result,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (result.hasErrors()) {
			return new ModelAndView(showRegister(model, id, sessionId, user));
		}
		Registration registration;
		try {
			// the service reads the event and the session once, and checks who may
			// register
			registration = this.registrations.registerParticipant(id, sessionId,
					new Attendee(participantForm.getName(), null, participantForm.getEmail(), locale),
					participantForm.wishes(), user);
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
			return new ModelAndView(showRegister(model, id, sessionId, user));
		}
		return new ModelAndView(this.confirmations.page(registration, user, model.asMap(), locale, request, response));
	}

	private Event participantEvent(long id, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, user);
		if (!this.permissions.canRegisterAsParticipant(event, user)) {
			throw new AccessDeniedException("Registrations are not open to participants");
		}
		return event;
	}

	/** The form again, with what was typed and why it was refused. */
	private String showRegister(Model model, long id, long sessionId, @Nullable PasserelleUser user) {
		Event event = participantEvent(id, user);
		return showRegister(model, event, SessionController.session(event, sessionId));
	}

	private String showRegister(Model model, Event event, Session session) {
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		if (event.getKind().holdsSpeedMeetings()) {
			// whom to meet: the companies registered so far, and every sector
			List<Long> companyIds = this.events.holdingPlaces(session.getId())
				.stream()
				.map(Registration::getOrganisationId)
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			model.addAttribute("wishCompanies",
					this.organisations.byIds(companyIds)
						.values()
						.stream()
						.sorted(Comparator.comparing(Organisation::getName, Collator.getInstance(Locale.FRENCH)))
						.toList());
			model.addAttribute("wishSectors", this.sectors.inRequestLanguage());
		}
		return "events/register";
	}

	@GetMapping("/events/registrations/{registration}/{purpose:confirm|cancel}")
	String link(@PathVariable UUID registration, @PathVariable String purpose,
			@RequestParam(required = false) String signature, Model model) {
		Purpose what = Purpose.valueOf(purpose.toUpperCase(Locale.ROOT));
		Registration found = this.registrations.byLink(registration, what, signature, this.links);
		model.addAttribute("registration", found);
		model.addAttribute("event", found.getSession().getEvent());
		model.addAttribute("purpose", purpose);
		model.addAttribute("signature", signature);
		// the participant's own page of their speed-meeting timetable and workshops
		boolean meets = found.getSession().getEvent().getKind().holdsSpeedMeetings();
		model.addAttribute("timetableLink", (meets && found.getStatus().holdsPlace())
				? this.links.path(found.getPublicId(), Purpose.TIMETABLE) : null);
		return "events/link";
	}

	@PostMapping("/events/registrations/{registration}/{purpose:confirm|cancel}")
	String link(@PathVariable UUID registration, @PathVariable String purpose,
			@RequestParam(required = false) String signature, RedirectAttributes redirect) {
		Purpose what = Purpose.valueOf(purpose.toUpperCase(Locale.ROOT));
		Registration found = this.registrations.byLink(registration, what, signature, this.links);
		try {
			if (what == Purpose.CONFIRM) {
				Registration confirmed = this.registrations.confirm(registration);
				redirect.addFlashAttribute("success",
						confirmed.getStatus().holdsPlace() ? "event.link.confirmed" : "event.link.confirmedWaiting");
			}
			else {
				this.registrations.cancelByLink(registration);
				redirect.addFlashAttribute("success", "event.link.cancelled");
			}
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/events/" + found.getEventId();
	}

}
