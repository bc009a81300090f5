package org.passerelle.convention.web;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.passerelle.convention.Action;
import org.passerelle.convention.ActionStatus;
import org.passerelle.convention.Axis;
import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionIncompleteException;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.ConventionSheet;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.Pillar;
import org.passerelle.convention.Pillars;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * A convention's axes and their actions: staff of a party institution add and change
 * them; everyone of a party, liaisons included, comments on actions.
 */
@Controller
class AxisController {

	private static final String AXIS_FORM = "conventions/axis";

	private static final String ACTION_FORM = "conventions/action-form";

	private static final String ACTION = "conventions/action";

	private final ConventionService service;

	private final Conventions conventions;

	private final Pillars pillars;

	AxisController(ConventionService service, Conventions conventions, Pillars pillars) {
		this.service = service;
		this.conventions = conventions;
		this.pillars = pillars;
	}

	@ModelAttribute("actionStatuses")
	ActionStatus[] actionStatuses() {
		return ActionStatus.values();
	}

	// Axes

	@GetMapping("/conventions/{id}/axes/new")
	String newAxis(@PathVariable long id, @RequestParam long pillar, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		Convention convention = this.service.forEditing(id, user);
		AxisForm form = new AxisForm();
		form.setPillarId(pillar);
		model.addAttribute("axisForm", form);
		return showAxis(model, convention, null, pillar);
	}

	@PostMapping("/conventions/{id}/axes/new")
	String newAxis(@PathVariable long id, @Valid @ModelAttribute AxisForm axisForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		Pillar pillar = (axisForm.getPillarId() != null) ? this.pillars.get(axisForm.getPillarId()) : null;
		if (pillar != null && pillar.isRetired() && !convention.getPillars().contains(pillar)) {
			result.rejectValue("pillarId", "axis.pillarRetired");
		}
		if (result.hasErrors() || pillar == null) {
			return showAxis(model, convention, null, axisForm.getPillarId());
		}
		this.service.addAxis(id, pillar.getId(), axisForm.toDetails(), user);
		redirect.addFlashAttribute("success", "axis.added");
		return "redirect:/conventions/" + id + "#pillar-" + pillar.getId();
	}

	@GetMapping("/conventions/{id}/axes/{axisId}")
	String editAxis(@PathVariable long id, @PathVariable long axisId, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		Convention convention = this.service.forEditing(id, user);
		Axis axis = convention.axis(axisId);
		model.addAttribute("axisForm", AxisForm.of(axis));
		return showAxis(model, convention, axis, axis.getPillar().getId());
	}

	@PostMapping("/conventions/{id}/axes/{axisId}")
	String editAxis(@PathVariable long id, @PathVariable long axisId, @Valid @ModelAttribute AxisForm axisForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		Axis axis = convention.axis(axisId);
		if (result.hasErrors()) {
			return showAxis(model, convention, axis, axis.getPillar().getId());
		}
		try {
			this.service.changeAxis(id, axisId, axisForm.getVersion(), axisForm.toDetails(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showAxis(model, convention, axis, axis.getPillar().getId());
		}
		redirect.addFlashAttribute("success", "axis.saved");
		return "redirect:/conventions/" + id + "#axis-" + axisId;
	}

	@PostMapping("/conventions/{id}/axes/{axisId}/delete")
	String deleteAxis(@PathVariable long id, @PathVariable long axisId, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		try {
			this.service.removeAxis(id, axisId, user);
			redirect.addFlashAttribute("success", "axis.removed");
		}
		catch (ConventionIncompleteException ex) {
			redirect.addFlashAttribute("error", "axis.lastOfPillar");
		}
		return "redirect:/conventions/" + id;
	}

	private String showAxis(Model model, Convention convention, Axis axis, Long pillarId) {
		model.addAttribute("convention", convention);
		model.addAttribute("axis", axis);
		model.addAttribute("pillar", (pillarId != null) ? this.pillars.get(pillarId) : null);
		return AXIS_FORM;
	}

	// Actions

	@GetMapping("/conventions/{id}/axes/{axisId}/actions/new")
	String newAction(@PathVariable long id, @PathVariable long axisId, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		Convention convention = this.service.forEditing(id, user);
		model.addAttribute("actionForm", new ActionForm());
		return showActionForm(model, convention, convention.axis(axisId), null);
	}

	@PostMapping("/conventions/{id}/axes/{axisId}/actions/new")
	String newAction(@PathVariable long id, @PathVariable long axisId, @Valid @ModelAttribute ActionForm actionForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		Axis axis = convention.axis(axisId);
		if (result.hasErrors()) {
			return showActionForm(model, convention, axis, null);
		}
		Action action;
		try {
			action = this.service.addAction(id, axisId, actionForm.toDetails(), user);
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("ownerAccountId", "action.ownerAccountId.notAParty");
			return showActionForm(model, convention, axis, null);
		}
		redirect.addFlashAttribute("success", "action.added");
		return "redirect:/conventions/" + id + "#action-" + action.getId();
	}

	@GetMapping("/conventions/{id}/actions/{actionId}/edit")
	String editAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		Convention convention = this.service.forEditing(id, user);
		Action action = convention.action(actionId);
		model.addAttribute("actionForm", ActionForm.of(action));
		return showActionForm(model, convention, action.getAxis(), action);
	}

	@PostMapping("/conventions/{id}/actions/{actionId}/edit")
	String editAction(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute ActionForm actionForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Convention convention = this.service.forEditing(id, user);
		Action action = convention.action(actionId);
		if (result.hasErrors()) {
			return showActionForm(model, convention, action.getAxis(), action);
		}
		try {
			this.service.changeAction(id, actionId, actionForm.getVersion(), actionForm.toDetails(), user);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showActionForm(model, convention, action.getAxis(), action);
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue("ownerAccountId", "action.ownerAccountId.notAParty");
			return showActionForm(model, convention, action.getAxis(), action);
		}
		redirect.addFlashAttribute("success", "action.saved");
		return "redirect:/conventions/" + id + "/actions/" + actionId;
	}

	private String showActionForm(Model model, Convention convention, Axis axis, Action action) {
		model.addAttribute("convention", convention);
		model.addAttribute("axis", axis);
		model.addAttribute("action", action);
		model.addAttribute("possibleOwners", this.service.possibleOwners(convention));
		return ACTION_FORM;
	}

	// An action's page, with its comments

	@GetMapping("/conventions/{id}/actions/{actionId}")
	String showAction(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal PasserelleUser user,
			Model model) {
		model.addAttribute("commentForm", new CommentForm());
		return showAction(model, id, actionId, user);
	}

	@PostMapping("/conventions/{id}/actions/{actionId}/comments")
	String comment(@PathVariable long id, @PathVariable long actionId, @Valid @ModelAttribute CommentForm commentForm,
			BindingResult result, @AuthenticationPrincipal PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showAction(model, id, actionId, user);
		}
		this.service.comment(id, actionId, commentForm.getBody(), user);
		redirect.addFlashAttribute("success", "comment.added");
		return "redirect:/conventions/" + id + "/actions/" + actionId + "#comments";
	}

	private String showAction(Model model, long id, long actionId, PasserelleUser user) {
		ConventionSheet sheet = this.conventions.sheet(id, user);
		if (!sheet.full()) {
			throw new NotFoundException("Action", actionId);
		}
		model.addAttribute("sheet", sheet);
		model.addAttribute("action", sheet.convention().action(actionId));
		return ACTION;
	}

}
