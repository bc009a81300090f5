package org.passerelle.organisation.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.organisation.MergeUndoRefused;
import org.passerelle.organisation.OrganisationMerge;
import org.passerelle.organisation.OrganisationMerges;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.organisation.OrganisationSettings;
import org.passerelle.shared.PasserelleUser;

/**
 * The recent merges ({@code /organisations/merges}) and their undo, for administrators: a
 * confirmation page, then the undo (a recent sign-in asked for both).
 */
@Controller
@RequestMapping("/organisations/merges")
class MergeUndoController {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final int PAGE_SIZE = 25;

	private static final int MAX_PAGE_SIZE = 100;

	private final OrganisationMerges merges;

	private final OrganisationPermissions permissions;

	private final OrganisationSettings settings;

	MergeUndoController(OrganisationMerges merges, OrganisationPermissions permissions, OrganisationSettings settings) {
		this.merges = merges;
		this.permissions = permissions;
		this.settings = settings;
	}

	@GetMapping
	String recent(@PageableDefault(size = PAGE_SIZE) Pageable pageable, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		this.permissions.requireMergeUndoer(user);
		model.addAttribute("page", this.merges
			.recentPage(PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE))));
		model.addAttribute("days", this.settings.mergeUndoDays());
		model.addAttribute("zone", PARIS);
		return "organisations/merges";
	}

	@GetMapping("/{mergeId:\\d+}/undo")
	String confirm(@PathVariable long mergeId, @AuthenticationPrincipal PasserelleUser user, Model model) {
		this.permissions.requireMergeUndoer(user);
		OrganisationMerge merge = this.merges.find(mergeId);
		List<OrganisationMerge.Refusal> refusals = this.merges.whyNotUndoable(mergeId);
		model.addAttribute("merge", merge);
		model.addAttribute("refusals", refusals);
		model.addAttribute("days", this.settings.mergeUndoDays());
		model.addAttribute("zone", PARIS);
		return "organisations/merge-undo";
	}

	@PostMapping("/{mergeId:\\d+}/undo")
	String undo(@PathVariable long mergeId, @AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		this.permissions.requireMergeUndoer(user);
		OrganisationMerge merge = this.merges.find(mergeId);
		try {
			this.merges.undo(mergeId);
		}
		catch (MergeUndoRefused refused) {
			redirect.addFlashAttribute("error", "merge.undo.refused");
			return "redirect:/organisations/merges/" + mergeId + "/undo";
		}
		redirect.addFlashAttribute("success", "merge.undo.done");
		return "redirect:/organisations/" + merge.keptId();
	}

}
