package org.passerelle.convention.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.shared.NameOrder;
import org.passerelle.convention.Confidentiality;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionFilter;
import org.passerelle.convention.ConventionIncompleteException;
import org.passerelle.convention.ConventionPermissions;
import org.passerelle.convention.ConventionRow;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.ConventionService.AxisDetails;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.PartyRole;
import org.passerelle.convention.Pillar;
import org.passerelle.convention.Pillars;
import org.passerelle.convention.ReferenceTakenException;
import org.passerelle.convention.TransitionNotAllowedException;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationSearch.Group;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;

/**
 * The convention list and detail pages, and the four steps that draw up or change a
 * convention: what it is, its parties, its dates and signatories, its pillars and axes.
 */
@Controller
class ConventionController {

	static final String GENERAL = "conventions/general";

	static final String PARTIES = "conventions/parties";

	static final String DATES = "conventions/dates";

	static final String PILLARS = "conventions/pillars";

	static final String TERMINATE = "conventions/terminate";

	private static final int FOUND_PARTNERS = 30;

	private final Conventions conventions;

	private final ConventionService service;

	private final Pillars pillars;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final PartiesFormValidator partiesValidator;

	private final DatesFormValidator datesValidator;

	private final ConventionPermissions permissions;

	ConventionController(Conventions conventions, ConventionService service, Pillars pillars,
			Organisations organisations, OrganisationDirectory directory, PartiesFormValidator partiesValidator,
			DatesFormValidator datesValidator, ConventionPermissions permissions) {
		this.conventions = conventions;
		this.permissions = permissions;
		this.service = service;
		this.pillars = pillars;
		this.organisations = organisations;
		this.directory = directory;
		this.partiesValidator = partiesValidator;
		this.datesValidator = datesValidator;
	}

	@InitBinder("partiesForm")
	void initPartiesBinder(WebDataBinder binder) {
		binder.addValidators(this.partiesValidator);
	}

	@InitBinder("datesForm")
	void initDatesBinder(WebDataBinder binder) {
		binder.addValidators(this.datesValidator);
	}

	// The list

	@GetMapping("/conventions")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long partner,
			@RequestParam(required = false) String partnerName, @RequestParam(required = false) Long institution,
			@RequestParam(required = false) String institutionName, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean endingSoon, @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal PasserelleUser user, Model model) {
		PartyFilter partners = PartyFilter.of(partner, partnerName, Group.PARTNERS, this.organisations);
		PartyFilter institutions = PartyFilter.of(institution, institutionName, Group.INSTITUTIONS, this.organisations);
		ConventionFilter filter = new ConventionFilter(StringUtils.hasText(q) ? q.strip() : null, pillar,
				status(status), partners.organisations(), institutions.organisations(), year, endingSoon);
		Page<ConventionRow> page = this.conventions.search(filter, pageable, user);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("partnerFilter", partners);
		model.addAttribute("institutionFilter", institutions);
		model.addAttribute("filtered", filter.q() != null || pillar != null || filter.status() != null
				|| partners.isSet() || institutions.isSet() || year != null || endingSoon);
		model.addAttribute("pillars", this.pillars.all());
		model.addAttribute("statuses", ConventionStatus.values());
		model.addAttribute("partyMatches", PartyFilter.MATCHES);
		int thisYear = this.conventions.today().getYear();
		model.addAttribute("years",
				IntStream.rangeClosed(thisYear - 10, thisYear + 5).map((y) -> 2 * thisYear - 5 - y).boxed().toList());
		model.addAttribute("today", this.conventions.today());
		model.addAttribute("watchHorizon", this.conventions.watchHorizon());
		return "conventions/list";
	}

	static ConventionStatus status(String status) {
		if (!StringUtils.hasText(status)) {
			return null;
		}
		try {
			return ConventionStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// The detail page

	@GetMapping("/conventions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("sheet", this.conventions.sheet(id, user));
		model.addAttribute("today", this.conventions.today());
		model.addAttribute("watchHorizon", this.conventions.watchHorizon());
		return "conventions/show";
	}

	// Step 1: what the convention is

	@GetMapping("/conventions/new")
	String create(@AuthenticationPrincipal PasserelleUser user, Model model) {
		if (!this.permissions.canCreate(user)) {
			throw new AccessDeniedException("Only staff and administrators draw up conventions");
		}
		GeneralForm form = new GeneralForm();
		form.setConfidentiality(Confidentiality.INTERNAL);
		form.setOwnerId(user.getOrganisationId());
		model.addAttribute("generalForm", form);
		return showGeneral(model, null, user);
	}

	@PostMapping("/conventions/new")
	String create(@Valid @ModelAttribute GeneralForm generalForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Long owner = this.permissions.canChooseOwner(user) ? generalForm.getOwnerId() : user.getOrganisationId();
		if (owner == null || this.organisations.find(owner).filter(Organisation::isInstitution).isEmpty()) {
			result.rejectValue("ownerId", "convention.owner.required");
		}
		if (result.hasErrors()) {
			return showGeneral(model, null, user);
		}
		try {
			Convention convention = this.service.create(generalForm.getTitle(), generalForm.getReference(),
					generalForm.chosenConfidentiality(), generalForm.getSummary(), owner, user);
			redirect.addFlashAttribute("success", "convention.created");
			return "redirect:/conventions/" + convention.getId() + "/edit/parties";
		}
		catch (ReferenceTakenException ex) {
			result.rejectValue("reference", "convention.reference.taken");
			return showGeneral(model, null, user);
		}
	}

	@GetMapping("/conventions/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Convention convention = this.service.forEditing(id, user);
		model.addAttribute("generalForm", GeneralForm.of(convention));
		return showGeneral(model, convention, user);
	}

	@PostMapping("/conventions/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute GeneralForm generalForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		if (result.hasErrors()) {
			return showGeneral(model, convention, user);
		}
		try {
			this.service.changeGeneral(id, generalForm.getVersion(), generalForm.getTitle(), generalForm.getReference(),
					generalForm.chosenConfidentiality(), generalForm.getSummary(), user);
		}
		catch (ReferenceTakenException ex) {
			result.rejectValue("reference", "convention.reference.taken");
			return showGeneral(model, convention, user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showGeneral(model, convention, user);
		}
		redirect.addFlashAttribute("success", "convention.saved");
		return "redirect:/conventions/" + id + "/edit/parties";
	}

	private String showGeneral(Model model, Convention convention, PasserelleUser user) {
		model.addAttribute("convention", convention);
		model.addAttribute("step", 1);
		model.addAttribute("confidentialities", Confidentiality.values());
		model.addAttribute("chooseOwner", convention == null && this.permissions.canChooseOwner(user));
		model.addAttribute("institutions", this.organisations.institutions());
		return GENERAL;
	}

	// Step 2: parties

	@GetMapping("/conventions/{id}/edit/parties")
	String parties(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Convention convention = this.service.forEditing(id, user);
		PartiesForm form = PartiesForm.of(convention);
		model.addAttribute("partiesForm", form);
		return showParties(model, convention, form, null);
	}

	/**
	 * The "find a partner" button of the parties step: shows the partners whose name,
	 * city or SIREN match, beside those already ticked, and saves nothing.
	 */
	@PostMapping(path = "/conventions/{id}/edit/parties", params = "search")
	String findPartners(@PathVariable long id, @ModelAttribute PartiesForm partiesForm,
			@RequestParam(defaultValue = "") String partnerQuery, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		Convention convention = this.service.forEditing(id, user);
		return showParties(model, convention, partiesForm, partnerQuery);
	}

	@PostMapping("/conventions/{id}/edit/parties")
	String parties(@PathVariable long id, @Valid @ModelAttribute PartiesForm partiesForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		if (!result.hasFieldErrors("institutionIds")
				&& !partiesForm.getInstitutionIds().contains(convention.getOwnerOrganisationId())) {
			result.rejectValue("institutionIds", "convention.parties.ownerRequired",
					new Object[] { name(convention.getOwnerOrganisationId()) }, null);
		}
		if (result.hasErrors()) {
			return showParties(model, convention, partiesForm, null);
		}
		try {
			this.service.changeParties(id, partiesForm.getVersion(), partiesForm.getInstitutionIds(),
					partiesForm.getPartnerIds(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showParties(model, convention, partiesForm, null);
		}
		redirect.addFlashAttribute("success", "convention.saved");
		return "redirect:/conventions/" + id + "/edit/dates";
	}

	/**
	 * The parties step lists every institution, but of the partners (tens of thousands in
	 * a large directory) only those ticked and, after a search, those found.
	 */
	private String showParties(Model model, Convention convention, PartiesForm form, @Nullable String partnerQuery) {
		model.addAttribute("convention", convention);
		model.addAttribute("step", 2);
		model.addAttribute("institutions", this.organisations.institutions());
		List<Organisation> chosen = this.organisations.byIds(form.getPartnerIds())
			.values()
			.stream()
			.sorted(NameOrder.by(Organisation::getName))
			.toList();
		model.addAttribute("partners", chosen);
		if (StringUtils.hasText(partnerQuery)) {
			OrganisationSearch search = new OrganisationSearch(partnerQuery.strip(), null,
					OrganisationSearch.Group.PARTNERS, null, null, null, null, false);
			model.addAttribute("found",
					this.directory.search(search, PageRequest.of(0, FOUND_PARTNERS, Sort.by("name")))
						.stream()
						.filter((organisation) -> !form.getPartnerIds().contains(organisation.getId()))
						.toList());
			model.addAttribute("partnerQuery", partnerQuery.strip());
		}
		return PARTIES;
	}

	// Step 3: dates and signatories

	@GetMapping("/conventions/{id}/edit/dates")
	String dates(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Convention convention = this.service.forEditing(id, user);
		model.addAttribute("datesForm", DatesForm.of(convention));
		return showDates(model, convention);
	}

	@PostMapping("/conventions/{id}/edit/dates")
	String dates(@PathVariable long id, @Valid @ModelAttribute DatesForm datesForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		for (int i = 0; i < datesForm.getSignatories().size(); i++) {
			Long organisationId = datesForm.getSignatories().get(i).getOrganisationId();
			if (organisationId != null && !convention.isParty(organisationId)) {
				result.rejectValue("signatories[" + i + "].organisationId", "convention.signatory.notAParty");
			}
		}
		if (convention.getStatus().compareTo(ConventionStatus.SIGNED) >= 0) {
			rejectIfMissing(result, "signedOn", datesForm.getSignedOn() == null);
			rejectIfMissing(result, "startsOn", datesForm.getStartsOn() == null);
			rejectIfMissing(result, "endsOn", datesForm.getEndsOn() == null && !datesForm.isOpenEnded());
		}
		if (result.hasErrors()) {
			datesForm.addBlankRows();
			return showDates(model, convention);
		}
		try {
			this.service.changeDates(id, datesForm.getVersion(), datesForm.toDates(), datesForm.toSignatories(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showDates(model, convention);
		}
		redirect.addFlashAttribute("success", "convention.saved");
		return "redirect:/conventions/" + id + "/edit/pillars";
	}

	/**
	 * A signed convention keeps its date of signature, its start and its end (or
	 * open-ended).
	 */
	private static void rejectIfMissing(BindingResult result, String field, boolean missing) {
		if (missing && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "convention.dates.requiredOnceSigned");
		}
	}

	private String showDates(Model model, Convention convention) {
		model.addAttribute("convention", convention);
		model.addAttribute("step", 3);
		model.addAttribute("parties",
				this.organisations
					.byIds(convention.getParties().stream().map((party) -> party.getOrganisationId()).toList())
					.values()
					.stream()
					.sorted(NameOrder.by(Organisation::getName))
					.toList());
		return DATES;
	}

	// Step 4: pillars and axes

	@GetMapping("/conventions/{id}/edit/pillars")
	String pillars(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Convention convention = this.service.forEditing(id, user);
		PillarsForm form = new PillarsForm();
		for (Pillar pillar : offered(convention)) {
			PillarChoice choice = new PillarChoice();
			choice.setPillarId(pillar.getId());
			choice.setChosen(convention.getPillars().contains(pillar));
			form.getChoices().add(choice);
		}
		form.setVersion(convention.getVersion());
		model.addAttribute("pillarsForm", form);
		return showPillars(model, convention);
	}

	@PostMapping("/conventions/{id}/edit/pillars")
	String pillars(@PathVariable long id, @Valid @ModelAttribute PillarsForm pillarsForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Locale locale, Model model, RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		Map<Long, Pillar> offered = new LinkedHashMap<>();
		offered(convention).forEach((pillar) -> offered.put(pillar.getId(), pillar));
		List<Long> chosen = new ArrayList<>();
		Map<Long, AxisDetails> firstAxes = new LinkedHashMap<>();
		List<PillarChoice> choices = pillarsForm.getChoices();
		for (int i = 0; i < choices.size(); i++) {
			PillarChoice choice = choices.get(i);
			Pillar pillar = offered.get(choice.getPillarId());
			if (pillar == null || !choice.isChosen()) {
				continue;
			}
			chosen.add(pillar.getId());
			if (convention.axesOf(pillar).isEmpty()) {
				if (!StringUtils.hasText(choice.getStatement())) {
					result.rejectValue("choices[" + i + "].statement", "convention.pillars.axisRequired",
							new Object[] { pillar.name(locale) }, null);
				}
				else {
					firstAxes.put(pillar.getId(), new AxisDetails(choice.getStatement(), choice.getObjectives()));
				}
			}
		}
		if (chosen.isEmpty()) {
			result.reject("convention.pillars.required");
		}
		if (result.hasErrors()) {
			return showPillars(model, convention);
		}
		try {
			this.service.changePillars(id, pillarsForm.getVersion(), chosen, firstAxes, user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showPillars(model, convention);
		}
		redirect.addFlashAttribute("success", "convention.stepsDone");
		return "redirect:/conventions/" + id;
	}

	/** The pillars offered: the active ones and the retired ones the convention keeps. */
	private List<Pillar> offered(Convention convention) {
		return this.pillars.all()
			.stream()
			.filter((pillar) -> !pillar.isRetired() || convention.getPillars().contains(pillar))
			.toList();
	}

	private String showPillars(Model model, Convention convention) {
		model.addAttribute("convention", convention);
		model.addAttribute("step", 4);
		Map<Long, Pillar> byId = new LinkedHashMap<>();
		offered(convention).forEach((pillar) -> byId.put(pillar.getId(), pillar));
		model.addAttribute("pillarsById", byId);
		return PILLARS;
	}

	// Lifecycle

	@PostMapping("/conventions/{id}/status")
	String transition(@PathVariable long id, @RequestParam String target, @RequestParam long version,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		ConventionStatus status = status(target);
		if (status == null) {
			redirect.addFlashAttribute("error", "convention.transition.notAllowed");
			return "redirect:/conventions/" + id;
		}
		try {
			this.service.transition(id, version, status, user);
			redirect.addFlashAttribute("success", "convention.transition.done");
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("error", "convention.transition.notAllowed");
		}
		catch (ConventionIncompleteException ex) {
			redirect.addFlashAttribute("problems", ex.getProblems());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrentEdit");
		}
		return "redirect:/conventions/" + id;
	}

	@PostMapping("/conventions/{id}/renew")
	String renew(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		try {
			Convention next = this.service.renew(id, user);
			redirect.addFlashAttribute("success", "convention.renewed");
			return "redirect:/conventions/" + next.getId() + "/edit/dates";
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("error", "convention.renew.notAllowed");
			return "redirect:/conventions/" + id;
		}
	}

	/** What terminating the convention does, and the day and reason to record. */
	@GetMapping("/conventions/{id}/terminate")
	String terminate(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Convention convention = this.service.forEditing(id, user);
		model.addAttribute("terminationForm", TerminationForm.of(convention.getVersion(), this.conventions.today()));
		model.addAttribute("convention", convention);
		return TERMINATE;
	}

	@PostMapping("/conventions/{id}/terminate")
	String terminate(@PathVariable long id, @Valid @ModelAttribute TerminationForm terminationForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		model.addAttribute("convention", convention);
		if (result.hasErrors()) {
			return TERMINATE;
		}
		try {
			this.service.terminate(id, terminationForm.getVersion(), terminationForm.getTerminatedOn(),
					terminationForm.getReason(), user);
		}
		catch (TransitionNotAllowedException ex) {
			result.reject("convention.terminate.notAllowed");
			return TERMINATE;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return TERMINATE;
		}
		redirect.addFlashAttribute("success", "convention.terminated");
		return "redirect:/conventions/" + id;
	}

	/** What deleting the draft does; the button posts to the same address. */
	@GetMapping("/conventions/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("convention", this.service.forEditing(id, user));
		return "conventions/delete";
	}

	@PostMapping("/conventions/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		try {
			this.service.deleteDraft(id, version, user);
			redirect.addFlashAttribute("success", "convention.deleted");
			return "redirect:/conventions";
		}
		catch (TransitionNotAllowedException ex) {
			redirect.addFlashAttribute("error", "convention.delete.notAllowed");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrentEdit");
		}
		return "redirect:/conventions/" + id;
	}

	private String name(long organisationId) {
		return this.organisations.find(organisationId).map(Organisation::getName).orElse("#" + organisationId);
	}

}
