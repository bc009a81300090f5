package org.passerelle.convention.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.passerelle.convention.ConventionFilter;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.organisation.OrganisationSearch.Group;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;

/**
 * The convention list and the detail page. The editor
 * ({@link ConventionEditorController}) and the lifecycle
 * ({@link ConventionLifecycleController}) have their own controllers.
 */
@Controller
class ConventionController {

	/**
	 * What a sheet shows carried over from a refused change: the lifecycle's problems, a
	 * refused document.
	 */
	private static final List<String> CARRIED = List.of("problems", "documentProblem");

	private final Organisations organisations;

	private final ConventionListing listing;

	private final ConventionSheets pages;

	ConventionController(Organisations organisations, ConventionListing listing, ConventionSheets pages) {
		this.listing = listing;
		this.organisations = organisations;
		this.pages = pages;
	}

	// The list

	@GetMapping("/conventions")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long partner,
			@RequestParam(required = false) String partnerName, @RequestParam(required = false) Long institution,
			@RequestParam(required = false) String institutionName, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean endingSoon, @PageableDefault(size = 20) Pageable pageable,
			@AuthenticationPrincipal PasserelleUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		PartyFilter partners = PartyFilter.of(partner, partnerName, Group.PARTNERS, this.organisations);
		PartyFilter institutions = PartyFilter.of(institution, institutionName, Group.INSTITUTIONS, this.organisations);
		ConventionFilter filter = new ConventionFilter(StringUtils.hasText(q) ? q.strip() : null, pillar,
				status(status), partners.organisations(), institutions.organisations(), year, endingSoon);
		model.addAttribute("filter", filter);
		model.addAttribute("partnerFilter", partners);
		model.addAttribute("institutionFilter", institutions);
		model.addAttribute("listing",
				this.listing.of(filter, partners, institutions, pageable, user, locale, request, response));
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
	String show(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> carried = new HashMap<>();
		for (String name : CARRIED) {
			if (model.getAttribute(name) != null) {
				carried.put(name, model.getAttribute(name));
			}
		}
		Made<String, KeptHtml> sheet = this.pages.of(id, user, carried, locale, request, response);
		model.addAttribute("sheetTitle", sheet.value());
		model.addAttribute("page", sheet.part());
		return "conventions/show";
	}

}
