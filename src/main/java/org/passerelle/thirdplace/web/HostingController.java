package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.util.List;

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

import org.passerelle.convention.ConventionStatus;
import org.passerelle.convention.ConventionSummary;
import org.passerelle.convention.Conventions;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.thirdplace.HostingKind;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingRuleException;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SitePermissions;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;

/**
 * Hosting requests: liaisons ask for their organisation and withdraw; staff take them up,
 * approve them holding a space, decline them with a reason, and mark the hosting begun or
 * ended.
 */
@Controller
class HostingController {

	private static final String REQUESTS = "redirect:/sites/requests";

	private final HostingService hosting;

	private final Sites sites;

	private final SitePermissions permissions;

	private final Organisations organisations;

	private final Conventions conventions;

	private final HostingRequestsReading reading;

	HostingController(HostingService hosting, Sites sites, SitePermissions permissions, Organisations organisations,
			Conventions conventions, HostingRequestsReading reading) {
		this.hosting = hosting;
		this.sites = sites;
		this.permissions = permissions;
		this.organisations = organisations;
		this.conventions = conventions;
		this.reading = reading;
	}

	@GetMapping("/sites/requests")
	String list(@AuthenticationPrincipal PasserelleUser user, Model model) {
		HostingRequestsReading.HostingRequestsPage page = this.reading.read(user);
		model.addAttribute("requests", page.requests());
		model.addAttribute("sites", page.sites());
		model.addAttribute("choices", page.choices());
		model.addAttribute("organisations", page.organisations());
		model.addAttribute("canRequest", page.canRequest());
		model.addAttribute("today", page.today());
		return "sites/requests";
	}

	@GetMapping("/sites/requests/new")
	String create(@RequestParam(required = false) @Nullable Long site, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		requireRequest(user);
		HostingForm form = new HostingForm();
		form.setSiteId(site);
		form.setStartsOn(this.sites.today().plusDays(14));
		form.setContactName(user.getDisplayName());
		form.setContactEmail(user.getEmail());
		model.addAttribute("hostingForm", form);
		return form(user, model);
	}

	@PostMapping("/sites/requests/new")
	String create(@Valid @ModelAttribute HostingForm hostingForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		requireRequest(user);
		if (hostingForm.getStartsOn() != null && hostingForm.getEndsOn() != null
				&& hostingForm.getEndsOn().isBefore(hostingForm.getStartsOn())) {
			result.rejectValue("endsOn", "hosting.dates.order");
		}
		if (hostingForm.getStartsOn() != null && hostingForm.getStartsOn().isBefore(this.sites.today())) {
			result.rejectValue("startsOn", "hosting.startsOn.past");
		}
		if (hostingForm.getConventionId() != null && conventionsOf(user).stream()
			.noneMatch((convention) -> convention.id() == hostingForm.getConventionId())) {
			result.rejectValue("conventionId", "hosting.convention.unknown");
		}
		if (result.hasErrors()) {
			return form(user, model);
		}
		try {
			this.hosting.submit(user.getOrganisationId(), hostingForm.need(), user);
		}
		catch (HostingRuleException ex) {
			result.reject(ex.getMessageKey());
			return form(user, model);
		}
		redirect.addFlashAttribute("success", "hosting.submitted");
		return REQUESTS;
	}

	private String form(PasserelleUser user, Model model) {
		model.addAttribute("sites",
				this.sites.all().stream().filter((site) -> site.getStatus() != SiteStatus.CLOSED).toList());
		model.addAttribute("kinds", HostingKind.values());
		model.addAttribute("conventions", conventionsOf(user));
		return "sites/request-form";
	}

	/** The conventions in force (or signed) the liaison's organisation is party to. */
	private List<ConventionSummary> conventionsOf(PasserelleUser user) {
		return this.conventions.forOrganisation(user.getOrganisationId(), user)
			.stream()
			.filter((convention) -> convention.status() == ConventionStatus.SIGNED
					|| convention.status() == ConventionStatus.ACTIVE)
			.toList();
	}

	@PostMapping("/sites/requests/{id}/review")
	String review(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		decidable(id, user);
		return act(() -> this.hosting.review(id, version, user), "hosting.reviewed", redirect);
	}

	@PostMapping("/sites/requests/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String space, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		decidable(id, user);
		String[] parts = (space != null) ? space.split(":") : new String[0];
		if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
			redirect.addFlashAttribute("error", "hosting.approve.chooseSpace");
			return REQUESTS;
		}
		long siteId = Long.parseLong(parts[0]);
		Site site = this.sites.site(siteId);
		if (!this.permissions.canManage(site, user)) {
			throw new AccessDeniedException("Staff approve requests at the sites they manage");
		}
		return act(() -> this.hosting.approve(id, version, siteId, Long.parseLong(parts[1]), user), "hosting.approved",
				redirect);
	}

	@GetMapping("/sites/requests/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		HostingRequest request = decidable(id, user);
		DeclineForm form = new DeclineForm();
		form.setVersion(request.getVersion());
		model.addAttribute("declineForm", form);
		return declinePage(request, model);
	}

	@PostMapping("/sites/requests/{id}/decline")
	String decline(@PathVariable long id, @Valid @ModelAttribute DeclineForm declineForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		HostingRequest request = decidable(id, user);
		if (!result.hasErrors()) {
			try {
				this.hosting.decline(id, declineForm.getVersion(), declineForm.getReason(), user);
				redirect.addFlashAttribute("success", "hosting.declined");
				return REQUESTS;
			}
			catch (HostingRuleException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return declinePage(request, model);
	}

	private String declinePage(HostingRequest request, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("organisation",
				this.organisations.find(request.getOrganisationId()).map((o) -> o.getName()).orElse(""));
		return "sites/decline";
	}

	@GetMapping("/sites/requests/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		model.addAttribute("request", withdrawable(id, user));
		return "sites/withdraw";
	}

	@PostMapping("/sites/requests/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		withdrawable(id, user);
		return act(() -> this.hosting.withdraw(id, version, user), "hosting.withdrawn", redirect);
	}

	@PostMapping("/sites/requests/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		decidable(id, user);
		return act(() -> this.hosting.activate(id, version, user), "hosting.activated", redirect);
	}

	@PostMapping("/sites/requests/{id}/end")
	String end(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		decidable(id, user);
		LocalDate day = (lastDay != null) ? lastDay : this.sites.today();
		return act(() -> this.hosting.end(id, version, day, user), "hosting.ended", redirect);
	}

	private String act(Runnable action, String success, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (HostingRuleException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return REQUESTS;
	}

	private HostingRequest decidable(long id, PasserelleUser user) {
		HostingRequest request = this.hosting.request(id, user);
		if (!this.permissions.canDecide(request, null, user)) {
			throw new AccessDeniedException("Only the site's staff decide its requests");
		}
		return request;
	}

	private HostingRequest withdrawable(long id, PasserelleUser user) {
		HostingRequest request = this.hosting.request(id, user);
		if (!this.permissions.canWithdraw(request, user)) {
			throw new AccessDeniedException("Only the requester withdraws a request");
		}
		return request;
	}

	private void requireRequest(PasserelleUser user) {
		if (!this.permissions.canRequest(user)) {
			throw new AccessDeniedException("Liaisons ask for their organisation to be hosted");
		}
	}

}
