package org.passerelle.organisation.web;

import java.io.IOException;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.passerelle.organisation.DuplicateIdentifierException;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationMatcher;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.SectorOrder;
import org.passerelle.organisation.SizeClass;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;

/**
 * The directory's pages: the searchable list, an organisation's page, and the forms staff
 * (and, for their own organisation's profile, liaisons) fill in.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private static final int MAX_PAGE_SIZE = 100;

	private final OrganisationDirectory directory;

	private final OrganisationPages pages;

	private final OrganisationFormValidator validator;

	private final DirectoryCsvExport export;

	private final OrganisationPermissions permissions;

	private final OrganisationMatcher matcher;

	private final DirectoryListing listing;

	private final SectorOrder sectors;

	OrganisationController(OrganisationDirectory directory, OrganisationPages pages,
			OrganisationFormValidator validator, DirectoryCsvExport export, OrganisationPermissions permissions,
			OrganisationMatcher matcher, DirectoryListing listing, SectorOrder sectors) {
		this.listing = listing;
		this.sectors = sectors;
		this.directory = directory;
		this.pages = pages;
		this.validator = validator;
		this.export = export;
		this.permissions = permissions;
		this.matcher = matcher;
	}

	@GetMapping
	String list(@ModelAttribute("filter") DirectoryFilter filter, BindingResult ignoredBadValues,
			@PageableDefault(size = 25) Pageable pageable, @AuthenticationPrincipal PasserelleUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE),
				SortColumns.allowed(pageable.getSort()));
		boolean manages = this.permissions.manages(user);
		model.addAttribute("manages", manages);
		model.addAttribute("exportHref", exportHref(request));
		model.addAttribute("listing", this.listing.of(filter, page, manages, locale, request, response));
		return "organisations/list";
	}

	@GetMapping("/export.csv")
	void export(@ModelAttribute("filter") DirectoryFilter filter, BindingResult ignoredBadValues,
			@PageableDefault(size = 25) Pageable pageable, @AuthenticationPrincipal PasserelleUser user,
			HttpServletResponse response) throws IOException {
		this.permissions.requireManager(user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"organisations.csv\"");
		this.export.write(filter.toSearch(true), SortColumns.allowed(pageable.getSort()), response.getOutputStream());
	}

	@GetMapping("/{id:\\d+}")
	String show(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Made<OrganisationPages.Heading, KeptHtml> page = this.pages.of(id, user, locale, request, response);
		if (page.value().mergedInto() != null) {
			redirect.addFlashAttribute("mergedFrom", page.value().name());
			return "redirect:/organisations/" + page.value().mergedInto();
		}
		model.addAttribute("name", page.value().name());
		model.addAttribute("page", page.part());
		return "organisations/show";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) OrganisationKind kind, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		this.permissions.requireManager(user);
		OrganisationForm form = new OrganisationForm();
		form.setKind(kind);
		model.addAttribute("organisationForm", form);
		return showForm(model, null, user);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute OrganisationForm organisationForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		this.validator.validate(organisationForm, null, user, result);
		if (result.hasErrors()) {
			return showForm(model, null, user);
		}
		if (!organisationForm.isConfirmedNew()) {
			List<OrganisationMatcher.Match> matches = this.matcher
				.matches(new OrganisationMatcher.Candidate(organisationForm.getName(), organisationForm.getCity(),
						organisationForm.toDetails().siren(), organisationForm.toEstablishment()), null);
			if (!matches.isEmpty()) {
				model.addAttribute("matches", matches);
				return showForm(model, null, user);
			}
		}
		Organisation created;
		try {
			created = this.directory.create(organisationForm.toDetails());
		}
		catch (DuplicateIdentifierException ex) {
			rejectTaken(result, ex);
			return showForm(model, null, user);
		}
		redirect.addFlashAttribute("success", "organisation.created");
		return "redirect:/organisations/" + created.getId();
	}

	@GetMapping("/{id:\\d+}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = this.directory.overview(id).organisation();
		this.permissions.requireEditor(user, organisation);
		model.addAttribute("organisationForm", OrganisationForm.of(organisation));
		return showForm(model, organisation, user);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute OrganisationForm organisationForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Organisation organisation = this.directory.get(id);
		this.permissions.requireEditor(user, organisation);
		this.validator.validate(organisationForm, organisation, user, result);
		if (result.hasErrors()) {
			return showForm(model, organisation, user);
		}
		try {
			this.directory.update(id, organisationForm.getVersion(), organisationForm.toDetails());
		}
		catch (DuplicateIdentifierException ex) {
			rejectTaken(result, ex);
			return showForm(model, organisation, user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showForm(model, organisation, user);
		}
		redirect.addFlashAttribute("success", "organisation.saved");
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/{id:\\d+}/profile")
	String editProfile(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = this.directory.overview(id).organisation();
		this.permissions.requireProfileEditor(user, organisation);
		model.addAttribute("profileForm", ProfileForm.of(organisation));
		return showProfileForm(model, organisation);
	}

	@PostMapping("/{id:\\d+}/profile")
	String updateProfile(@PathVariable long id, @Valid @ModelAttribute ProfileForm profileForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Organisation organisation = this.directory.get(id);
		this.permissions.requireProfileEditor(user, organisation);
		profileForm.rejectBrokenRules(organisation.getKind(), result);
		if (result.hasErrors()) {
			return showProfileForm(model, organisation);
		}
		try {
			this.directory.updateProfile(id, profileForm.getVersion(), profileForm.toProfile());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showProfileForm(model, organisation);
		}
		redirect.addFlashAttribute("success", "organisation.saved");
		return "redirect:/organisations/" + id;
	}

	/** What deactivating will do, and the button that does it. */
	@GetMapping("/{id:\\d+}/deactivate")
	String confirmDeactivation(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = this.directory.get(id);
		this.permissions.requireEditor(user, organisation);
		if (!organisation.isActive()) {
			return "redirect:/organisations/" + id;
		}
		model.addAttribute("organisation", organisation);
		return "organisations/deactivate";
	}

	@PostMapping("/{id:\\d+}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		this.permissions.requireEditor(user, this.directory.get(id));
		this.directory.deactivate(id);
		redirect.addFlashAttribute("success", "organisation.deactivated");
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/{id:\\d+}/reactivate")
	String reactivate(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		this.permissions.requireEditor(user, this.directory.get(id));
		this.directory.reactivate(id);
		redirect.addFlashAttribute("success", "organisation.reactivated");
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/{id:\\d+}/figures")
	String figures(@PathVariable long id, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal PasserelleUser user, Model model) {
		Organisation organisation = editableInstitution(id, user);
		int chosen = (year != null) ? year : Year.now().getValue() - 1;
		model.addAttribute("figuresForm", FiguresForm.of(chosen, this.directory.figures(id, chosen)));
		model.addAttribute("organisation", organisation);
		return "organisations/figures";
	}

	@PostMapping("/{id:\\d+}/figures")
	String saveFigures(@PathVariable long id, @Valid @ModelAttribute FiguresForm figuresForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Organisation organisation = editableInstitution(id, user);
		if (result.hasErrors()) {
			model.addAttribute("organisation", organisation);
			return "organisations/figures";
		}
		this.directory.saveFigures(id, figuresForm.getYear(), figuresForm.toValues());
		redirect.addFlashAttribute("success", "organisation.figures.saved");
		return "redirect:/organisations/" + id;
	}

	private static void rejectTaken(BindingResult result, DuplicateIdentifierException ex) {
		String field = (ex.getIdentifier() == org.passerelle.organisation.Identifier.VAT) ? "vatNumber"
				: ex.getIdentifier().field();
		result.rejectValue(field, "organisation.identifier.taken", new Object[] { ex.getOtherName() }, null);
	}

	/** The export of the list as filtered and sorted, whatever the page. */
	private static String exportHref(HttpServletRequest request) {
		UriComponentsBuilder href = UriComponentsBuilder.fromPath("/organisations/export.csv");
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("size") && !name.equals("lang")) {
				href.queryParam(name, (Object[]) values);
			}
		});
		return href.encode().build().toUriString();
	}

	/** The institution whose figures the person may change. */
	private Organisation editableInstitution(long id, PasserelleUser user) {
		Organisation organisation = this.directory.get(id);
		this.permissions.requireEditor(user, organisation);
		if (!organisation.isInstitution()) {
			throw new NotFoundException("Institution", id);
		}
		return organisation;
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sizes", SizeClass.values());
		model.addAttribute("sectors", this.sectors.inRequestLanguage());
		model.addAttribute("regions", Region.values());
		model.addAttribute("clusters", this.directory.clusters());
	}

	private String showForm(Model model, @Nullable Organisation organisation, PasserelleUser user) {
		model.addAttribute("organisation", organisation);
		addChoices(model);
		List<Organisation> institutions = this.directory.institutions();
		Set<Long> offered = new HashSet<>();
		this.permissions.parentsOffered(user, institutions).forEach((institution) -> offered.add(institution.getId()));
		if (organisation != null && organisation.getParent() != null) {
			offered.add(organisation.getParent().getId());
		}
		model.addAttribute("institutions",
				institutions.stream()
					.filter((institution) -> offered.contains(institution.getId()))
					.filter((institution) -> organisation == null || !institution.getId().equals(organisation.getId()))
					.toList());
		return "organisations/form";
	}

	private String showProfileForm(Model model, Organisation organisation) {
		model.addAttribute("organisation", organisation);
		addChoices(model);
		return "organisations/profile";
	}

}
