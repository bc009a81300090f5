package org.passerelle.event.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.convention.Pillars;
import org.passerelle.event.Audience;
import org.passerelle.event.Event;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventPermissions;
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.EventService;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.SectorOrder;
import org.passerelle.shared.PasserelleUser;

/**
 * The four steps that create or change an event, each saved on its own: what it is, its
 * organisers and partners, its sessions ({@link SessionController} adds and changes
 * them), and its registration window with publication. "Save" stays on the step, "Save
 * and continue" goes to the next one.
 */
@Controller
class EventEditorController {

	static final String GENERAL = "events/general";

	static final String ORGANISERS = "events/organisers";

	static final String SESSIONS = "events/sessions";

	static final String REGISTRATION = "events/registration";

	private final EventService service;

	private final EventPermissions permissions;

	private final Organisations organisations;

	private final Pillars pillars;

	private final SectorOrder sectors;

	EventEditorController(EventService service, EventPermissions permissions, Organisations organisations,
			Pillars pillars, SectorOrder sectors) {
		this.service = service;
		this.sectors = sectors;
		this.permissions = permissions;
		this.organisations = organisations;
		this.pillars = pillars;
	}

	// Step 1: what the event is

	@GetMapping("/events/new")
	String create(@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		GeneralForm form = new GeneralForm();
		model.addAttribute("generalForm", form);
		return showGeneral(model, null, form, requireCreator(user), null);
	}

	@PostMapping("/events/new")
	String create(@Valid @ModelAttribute GeneralForm generalForm, BindingResult result,
			@RequestParam(name = "continue", required = false) @Nullable String next,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, RedirectAttributes redirect) {
		PasserelleUser author = requireCreator(user);
		Long own = author.getOrganisationId();
		Set<Long> organisers = (own == null) ? new LinkedHashSet<>(generalForm.getOrganiserIds()) : Set.of(own);
		if (organisers.isEmpty()) {
			result.rejectValue("organiserIds", "event.refused.noOrganiser");
		}
		checkTitle(generalForm, result);
		if (result.hasErrors()) {
			return showGeneral(model, null, generalForm, author, null);
		}
		try {
			Event event = this.service.create(generalForm.newEvent(organisers), author);
			redirect.addFlashAttribute("success", "event.created");
			return "redirect:/events/" + event.getId() + ((next != null) ? "/edit/organisers" : "/edit");
		}
		catch (AccessDeniedException ex) {
			result.rejectValue("organiserIds", "event.refused.keepYourInstitution");
		}
		catch (EventRefusedException ex) {
			result.reject(ex.getMessageKey());
		}
		return showGeneral(model, null, generalForm, author, null);
	}

	/**
	 * The search of the organisers' picker of a new event (administrators, who belong to
	 * no institution): the form again with what it found; nothing saved.
	 */
	@PostMapping(path = "/events/new", params = "find")
	String findOrganisers(@ModelAttribute GeneralForm generalForm,
			@RequestParam(defaultValue = "") String organiserIdsQuery,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		return showGeneral(model, null, generalForm, requireCreator(user), organiserIdsQuery);
	}

	@GetMapping("/events/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		PasserelleUser editor = requireUser(user);
		Event event = this.service.forEditing(id, editor);
		GeneralForm form = GeneralForm.of(event);
		model.addAttribute("generalForm", form);
		return showGeneral(model, event, form, editor, null);
	}

	@PostMapping("/events/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute GeneralForm generalForm, BindingResult result,
			@RequestParam(name = "continue", required = false) @Nullable String next,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, RedirectAttributes redirect) {
		PasserelleUser editor = requireUser(user);
		Event event = this.service.forEditing(id, editor);
		checkTitle(generalForm, result);
		if (!result.hasErrors()) {
			try {
				this.service.changeGeneral(id, generalForm.getVersion(), generalForm.general(), editor);
				return saved(redirect, id, (next != null) ? "/edit/organisers" : "/edit");
			}
			catch (EventRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("concurrentEdit");
			}
		}
		return showGeneral(model, event, generalForm, editor, null);
	}

	private static void checkTitle(GeneralForm form, BindingResult result) {
		if (!form.hasTitle()) {
			result.rejectValue("titleFr", "event.refused.noTitle");
		}
	}

	private String showGeneral(Model model, @Nullable Event event, GeneralForm form, PasserelleUser user,
			@Nullable String organiserQuery) {
		model.addAttribute("event", event);
		model.addAttribute("step", 1);
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("audiences", Audience.values());
		model.addAttribute("sectors", this.sectors.inRequestLanguage());
		model.addAttribute("pillars", this.pillars.offered());
		// a new event's author organises it for their institution; one who belongs to
		// none (an administrator) chooses its organisers
		Long own = user.getOrganisationId();
		boolean choose = event == null && own == null;
		model.addAttribute("chooseOrganisers", choose);
		if (choose) {
			model.addAttribute("organiserPicker", this.organisations.picker(form.getOrganiserIds(), organiserQuery,
					OrganisationSearch.Group.INSTITUTIONS));
		}
		else if (event == null) {
			model.addAttribute("organiser", this.organisations.byIds(List.of(own)).get(own));
		}
		return GENERAL;
	}

	// Step 2: organisers and partners

	@GetMapping("/events/{id}/edit/organisers")
	String organisers(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, requireUser(user));
		OrganisersForm form = OrganisersForm.of(event);
		model.addAttribute("organisersForm", form);
		return showOrganisers(model, event, form, null, null);
	}

	/**
	 * The "search" buttons of the organisers' and partners' pickers: the step again with
	 * what the search found beside what is ticked; nothing saved.
	 */
	@PostMapping(path = "/events/{id}/edit/organisers", params = "find")
	String findOrganisations(@PathVariable long id, @ModelAttribute OrganisersForm organisersForm,
			@RequestParam String find, @RequestParam(defaultValue = "") String organiserIdsQuery,
			@RequestParam(defaultValue = "") String partnerIdsQuery,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, requireUser(user));
		return showOrganisers(model, event, organisersForm, "organiserIds".equals(find) ? organiserIdsQuery : null,
				"partnerIds".equals(find) ? partnerIdsQuery : null);
	}

	@PostMapping("/events/{id}/edit/organisers")
	String organisers(@PathVariable long id, @Valid @ModelAttribute OrganisersForm organisersForm, BindingResult result,
			@RequestParam(name = "continue", required = false) @Nullable String next,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, RedirectAttributes redirect) {
		Event event = this.service.forEditing(id, requireUser(user));
		if (organisersForm.getOrganiserIds().isEmpty()) {
			result.rejectValue("organiserIds", "event.refused.noOrganiser");
		}
		if (!result.hasErrors()) {
			try {
				this.service.changeOrganisers(id, organisersForm.getVersion(),
						new LinkedHashSet<>(organisersForm.getOrganiserIds()),
						new LinkedHashSet<>(organisersForm.getPartnerIds()), user);
				return saved(redirect, id, (next != null) ? "/edit/sessions" : "/edit/organisers");
			}
			catch (EventRefusedException ex) {
				result.rejectValue("organiserIds", ex.getMessageKey());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("concurrentEdit");
			}
		}
		return showOrganisers(model, event, organisersForm, null, null);
	}

	/** The pickers: what is chosen and what a search found, never the whole directory. */
	private String showOrganisers(Model model, Event event, OrganisersForm form, @Nullable String organiserQuery,
			@Nullable String partnerQuery) {
		model.addAttribute("event", event);
		model.addAttribute("step", 2);
		model.addAttribute("organiserPicker", this.organisations.picker(form.getOrganiserIds(), organiserQuery,
				OrganisationSearch.Group.INSTITUTIONS));
		model.addAttribute("partnerPicker",
				this.organisations.picker(form.getPartnerIds(), partnerQuery, OrganisationSearch.Group.PARTNERS));
		return ORGANISERS;
	}

	// Step 3: sessions (each one's form in SessionController)

	@GetMapping("/events/{id}/edit/sessions")
	String sessions(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, requireUser(user));
		model.addAttribute("event", event);
		model.addAttribute("step", 3);
		return SESSIONS;
	}

	// Step 4: registration window and publication

	@GetMapping("/events/{id}/edit/registration")
	String registration(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = this.service.forEditing(id, requireUser(user));
		model.addAttribute("registrationWindowForm", RegistrationWindowForm.of(event));
		return showRegistration(model, event);
	}

	@PostMapping("/events/{id}/edit/registration")
	String registration(@PathVariable long id, @ModelAttribute RegistrationWindowForm registrationWindowForm,
			BindingResult result, @RequestParam(required = false) @Nullable String publish,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model, RedirectAttributes redirect) {
		Event event = this.service.forEditing(id, requireUser(user));
		if (!registrationWindowForm.closesAfterOpening()) {
			result.rejectValue("closesAt", "event.refused.windowClosesBeforeOpening");
		}
		if (!result.hasErrors()) {
			try {
				this.service.changeRegistration(id, registrationWindowForm.getVersion(),
						registrationWindowForm.opensAtInstant(), registrationWindowForm.closesAtInstant(),
						publish != null, user);
				redirect.addFlashAttribute("success", (publish != null) ? "event.published" : "event.saved");
				return "redirect:/events/" + id;
			}
			catch (EventRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("concurrentEdit");
			}
		}
		return showRegistration(model, event);
	}

	private String showRegistration(Model model, Event event) {
		model.addAttribute("event", event);
		model.addAttribute("step", 4);
		return REGISTRATION;
	}

	private static String saved(RedirectAttributes redirect, long id, String step) {
		redirect.addFlashAttribute("success", "event.saved");
		return "redirect:/events/" + id + step;
	}

	private PasserelleUser requireCreator(@Nullable PasserelleUser user) {
		if (user == null || !this.permissions.canCreate(user)) {
			throw new AccessDeniedException("Only staff and administrators create events");
		}
		return user;
	}

	private static PasserelleUser requireUser(@Nullable PasserelleUser user) {
		return EventController.requireUser(user);
	}

}
