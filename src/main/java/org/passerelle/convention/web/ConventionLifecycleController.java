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

import org.passerelle.convention.Convention;
import org.passerelle.convention.ConventionIncompleteException;
import org.passerelle.convention.ConventionService;
import org.passerelle.convention.ConventionStatus;
import org.passerelle.convention.Conventions;
import org.passerelle.convention.TransitionNotAllowedException;
import org.passerelle.shared.PasserelleUser;

/**
 * A convention's lifecycle from its page: status changes, renewal, termination (asked on
 * its own page, with its day and reason) and the deletion of a draft.
 */
@Controller
class ConventionLifecycleController {

	static final String TERMINATE = "conventions/terminate";

	private final Conventions conventions;

	private final ConventionService service;

	ConventionLifecycleController(Conventions conventions, ConventionService service) {
		this.conventions = conventions;
		this.service = service;
	}

	// Lifecycle

	@PostMapping("/conventions/{id}/status")
	String transition(@PathVariable long id, @RequestParam String target, @RequestParam long version,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		ConventionStatus status = ConventionController.status(target);
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

}
