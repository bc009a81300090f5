package org.passerelle.organisation.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.organisation.DuplicateCandidates;
import org.passerelle.organisation.MergeField;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDetails;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationMerges;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Probable duplicates ({@code /organisations/duplicates}) and the merge of two
 * organisations, field by field ({@code /organisations/merge}): staff for the
 * organisations they edit, administrators for all.
 */
@Controller
@RequestMapping("/organisations")
class DuplicateController {

	private final OrganisationMerges merges;

	private final OrganisationDirectory directory;

	private final OrganisationPermissions permissions;

	private final DuplicateCandidates candidates;

	DuplicateController(OrganisationMerges merges, OrganisationDirectory directory, OrganisationPermissions permissions,
			DuplicateCandidates candidates) {
		this.merges = merges;
		this.directory = directory;
		this.permissions = permissions;
		this.candidates = candidates;
	}

	@GetMapping("/duplicates")
	String duplicates(@AuthenticationPrincipal PasserelleUser user, Model model) {
		this.permissions.requireManager(user);
		model.addAttribute("pairs",
				this.merges.duplicates(user)
					.stream()
					.filter((pair) -> this.permissions.merges(user, pair.first(), pair.second()))
					.toList());
		model.addAttribute("pending", this.candidates.pending());
		return "organisations/duplicates";
	}

	/** "Not the same": the pair is offered no more. */
	@PostMapping("/duplicates/distinct")
	String distinct(@RequestParam long first, @RequestParam long second, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		requireMerger(user, first, second);
		this.merges.markDistinct(first, second);
		redirect.addFlashAttribute("success", "duplicates.markedDistinct");
		return "redirect:/organisations/duplicates";
	}

	@GetMapping("/merge")
	String compare(@RequestParam long kept, @RequestParam long merged, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		List<Organisation> both = requireMerger(user, kept, merged);
		return showComparison(model, both.get(0), both.get(1), new HashMap<>(), List.of());
	}

	@PostMapping("/merge")
	String merge(@RequestParam long kept, @RequestParam long merged, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		List<Organisation> both = requireMerger(user, kept, merged);
		Map<String, String> choices = new HashMap<>();
		Set<MergeField> fromMerged = EnumSet.noneOf(MergeField.class);
		for (MergeField field : MergeField.values()) {
			String choice = params.get("choice." + field.name());
			if (choice != null) {
				choices.put(field.name(), choice);
			}
			if ("merged".equals(choice) && field.differs(both.get(0), both.get(1))) {
				fromMerged.add(field);
			}
		}
		OrganisationDetails details = this.merges.chosen(both.get(0), both.get(1), fromMerged);
		List<Organisation.Broken> broken = OrganisationMerges.rulesBrokenBy(details);
		if (!broken.isEmpty()) {
			return showComparison(model, both.get(0), both.get(1), choices, broken);
		}
		this.merges.merge(kept, merged, fromMerged);
		redirect.addFlashAttribute("success", "merge.done");
		return "redirect:/organisations/" + kept;
	}

	private String showComparison(Model model, Organisation kept, Organisation merged, Map<String, String> choices,
			List<Organisation.Broken> broken) {
		List<MergeField> differing = new ArrayList<>();
		for (MergeField field : MergeField.values()) {
			if (field.differs(kept, merged)) {
				differing.add(field);
			}
		}
		model.addAttribute("kept", kept);
		model.addAttribute("merged", merged);
		model.addAttribute("differing", differing);
		model.addAttribute("choices", choices);
		model.addAttribute("broken", broken);
		return "organisations/merge";
	}

	/** Both organisations, when the person may merge them. */
	private List<Organisation> requireMerger(PasserelleUser user, long keptId, long mergedId) {
		this.permissions.requireManager(user);
		if (keptId == mergedId) {
			throw new NotFoundException("Organisation", mergedId);
		}
		Organisation kept = this.directory.overview(keptId).organisation();
		Organisation merged = this.directory.overview(mergedId).organisation();
		if (kept.isMerged() || merged.isMerged()) {
			throw new NotFoundException("Organisation", kept.isMerged() ? keptId : mergedId);
		}
		this.permissions.requireMerger(user, kept, merged);
		return List.of(kept, merged);
	}

}
