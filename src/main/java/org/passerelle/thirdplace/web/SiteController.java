package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.thirdplace.Amenity;
import org.passerelle.thirdplace.HostingRuleException;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SitePermissions;
import org.passerelle.thirdplace.SiteSetting;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;

/**
 * The list of sites with their free desks over a period, a site's page with its spaces,
 * occupancy calendar, hosted organisations and room booking, and the staff's forms for
 * sites and spaces.
 */
@Controller
class SiteController {

	/** How many weeks the occupancy calendar shows. */
	static final int CALENDAR_WEEKS = 13;

	private final Sites sites;

	private final HostingService hosting;

	private final SitePermissions permissions;

	private final Organisations organisations;

	private final SiteListing listing;

	private final SitePages pages;

	SiteController(Sites sites, HostingService hosting, SitePermissions permissions, Organisations organisations,
			SiteListing listing, SitePages pages) {
		this.sites = sites;
		this.listing = listing;
		this.pages = pages;
		this.hosting = hosting;
		this.permissions = permissions;
		this.organisations = organisations;
	}

	@GetMapping("/sites")
	String list(@RequestParam(required = false) @Nullable String city,
			@RequestParam(required = false) @Nullable SiteSetting setting,
			@RequestParam(required = false) @Nullable Amenity amenity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal PasserelleUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LocalDate first = (from != null) ? from : this.sites.today();
		LocalDate last = (to != null && !to.isBefore(first)) ? to : first.plusDays(30);
		if (last.isAfter(first.plusYears(2))) {
			last = first.plusYears(2);
		}
		String chosenCity = (city != null && !city.isBlank()) ? city.strip() : null;
		model.addAttribute("listing", this.listing.of(new SiteListing.Filter(chosenCity, setting, amenity, first, last),
				locale, request, response));
		model.addAttribute("canCreate", this.permissions.canCreateSite(user));
		model.addAttribute("canRequest", this.permissions.canRequest(user));
		return "sites/list";
	}

	@GetMapping("/sites/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return page(this.pages.of(id, user, locale, request, response), model);
	}

	/** The site's page showing the refused form of the model. */
	private String refused(Site site, PasserelleUser user, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return page(this.pages.refused(site, user, model.asMap(), locale, request, response), model);
	}

	private static String page(Made<String, KeptHtml> page, Model model) {
		model.addAttribute("siteName", page.value());
		model.addAttribute("page", page.part());
		return "sites/show";
	}

	@GetMapping("/sites/new")
	String create(@AuthenticationPrincipal PasserelleUser user, Model model) {
		requireCreate(user);
		SiteForm form = new SiteForm();
		form.setInstitutionId(user.getOrganisationId());
		model.addAttribute("siteForm", form);
		return form(null, user, model);
	}

	@PostMapping("/sites/new")
	String create(@Valid @ModelAttribute SiteForm siteForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		requireCreate(user);
		Long institution = user.hasRole(Role.ADMIN) ? siteForm.getInstitutionId() : user.getOrganisationId();
		if (institution == null || this.organisations.find(institution).filter(Organisation::isInstitution).isEmpty()
				|| !this.permissions.canCreateSiteFor(institution, user)) {
			result.rejectValue("institutionId", "site.institution.required");
		}
		if (result.hasErrors()) {
			return form(null, user, model);
		}
		try {
			Site site = this.hosting.createSite(siteForm.details(), institution);
			redirect.addFlashAttribute("success", "site.created");
			return "redirect:/sites/" + site.getId();
		}
		catch (HostingRuleException ex) {
			result.reject(ex.getMessageKey());
			return form(null, user, model);
		}
	}

	@GetMapping("/sites/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Site site = managed(id, user);
		model.addAttribute("siteForm", SiteForm.of(site));
		return form(site, user, model);
	}

	@PostMapping("/sites/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute SiteForm siteForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Site site = managed(id, user);
		if (result.hasErrors()) {
			return form(site, user, model);
		}
		try {
			this.hosting.changeSite(id, siteForm.getVersion(), siteForm.details());
		}
		catch (HostingRuleException ex) {
			result.reject(ex.getMessageKey());
			return form(site, user, model);
		}
		redirect.addFlashAttribute("success", "site.saved");
		return "redirect:/sites/" + id;
	}

	@PostMapping("/sites/{id}/spaces")
	String addSpace(@PathVariable long id, @Valid @ModelAttribute SpaceForm spaceForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Site site = managed(id, user);
		if (!result.hasErrors()) {
			try {
				this.hosting.addSpace(id, spaceForm.getKind(), spaceForm.getName(), spaceForm.getCapacity());
				redirect.addFlashAttribute("success", "space.added");
				return "redirect:/sites/" + id + "#spaces";
			}
			catch (HostingRuleException ex) {
				result.rejectValue("name", ex.getMessageKey());
			}
		}
		model.addAttribute("bookingForm", new BookingForm());
		return refused(site, user, locale, model, request, response);
	}

	@PostMapping("/sites/{id}/spaces/{spaceId}")
	String changeSpace(@PathVariable long id, @PathVariable long spaceId, @RequestParam String name,
			@RequestParam(required = false) @Nullable Integer capacity, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		managed(id, user);
		try {
			if (name.isBlank() || capacity == null) {
				throw new HostingRuleException("space.capacity.range");
			}
			this.hosting.changeSpace(id, spaceId, name, capacity);
			redirect.addFlashAttribute("success", "space.saved");
		}
		catch (HostingRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/sites/" + id + "#spaces";
	}

	@PostMapping("/sites/{id}/bookings")
	String book(@PathVariable long id, @Valid @ModelAttribute BookingForm bookingForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Site site = this.sites.site(id);
		if (!this.permissions.canBook(site, user)) {
			throw new AccessDeniedException("Only the site's staff and hosted organisations book its rooms");
		}
		if (!result.hasErrors() && bookingForm.getDay().isBefore(this.sites.today())) {
			result.rejectValue("day", "booking.day.past");
		}
		if (!result.hasErrors()) {
			try {
				Long organisation = user.hasRole(Role.LIAISON) ? user.getOrganisationId() : null;
				this.hosting.book(id, bookingForm.getRoomId(), bookingForm.getDay(), bookingForm.getFromHour(),
						bookingForm.getHours(), organisation, user);
				redirect.addFlashAttribute("success", "booking.done");
				return "redirect:/sites/" + id + "#bookings";
			}
			catch (HostingRuleException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		model.addAttribute("spaceForm", new SpaceForm());
		return refused(site, user, locale, model, request, response);
	}

	private String form(@Nullable Site site, PasserelleUser user, Model model) {
		model.addAttribute("site", site);
		model.addAttribute("chooseInstitution", site == null && user.hasRole(Role.ADMIN));
		model.addAttribute("institutions", this.organisations.institutions());
		model.addAttribute("settings", SiteSetting.values());
		model.addAttribute("statuses", SiteStatus.values());
		model.addAttribute("amenities", Amenity.values());
		return "sites/form";
	}

	private Site managed(long id, PasserelleUser user) {
		Site site = this.sites.site(id);
		if (!this.permissions.canManage(site, user)) {
			throw new AccessDeniedException("Only the site's staff manage it");
		}
		return site;
	}

	private void requireCreate(PasserelleUser user) {
		if (!this.permissions.canCreateSite(user)) {
			throw new AccessDeniedException("Only staff and administrators create sites");
		}
	}

}
