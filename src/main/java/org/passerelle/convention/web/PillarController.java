package org.passerelle.convention.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.passerelle.convention.Pillar;
import org.passerelle.convention.PillarColour;
import org.passerelle.convention.PillarInUseException;
import org.passerelle.convention.PillarNameTakenException;
import org.passerelle.convention.Pillars;

/**
 * Administrators keep the pillars at {@code /admin/pillars}: create, rename, recolour,
 * reorder, retire, restore, and delete those no convention uses. Reached only by
 * administrators (see the security configuration).
 */
@Controller
@RequestMapping("/admin/pillars")
class PillarController {

	private static final String FORM = "admin/pillars/form";

	private static final String LIST = "redirect:/admin/pillars";

	private final Pillars pillars;

	PillarController(Pillars pillars) {
		this.pillars = pillars;
	}

	@ModelAttribute("colours")
	PillarColour[] colours() {
		return PillarColour.values();
	}

	@GetMapping
	String list(Model model) {
		List<Pillar> all = this.pillars.all();
		model.addAttribute("pillars", all);
		model.addAttribute("inUse",
				all.stream().filter((pillar) -> this.pillars.isInUse(pillar.getId())).map(Pillar::getId).toList());
		return "admin/pillars/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("pillarForm", new PillarForm());
		return showForm(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute PillarForm pillarForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(model, null);
		}
		try {
			this.pillars.create(pillarForm.toDetails());
		}
		catch (PillarNameTakenException ex) {
			result.rejectValue(ex.getField(), "pillar.name.taken");
			return showForm(model, null);
		}
		redirect.addFlashAttribute("success", "pillar.created");
		return LIST;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Pillar pillar = this.pillars.get(id);
		model.addAttribute("pillarForm", PillarForm.of(pillar));
		return showForm(model, pillar);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute PillarForm pillarForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Pillar pillar = this.pillars.get(id);
		if (result.hasErrors()) {
			return showForm(model, pillar);
		}
		try {
			this.pillars.update(id, pillarForm.getVersion(), pillarForm.toDetails());
		}
		catch (PillarNameTakenException ex) {
			result.rejectValue(ex.getField(), "pillar.name.taken");
			return showForm(model, pillar);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("concurrentEdit");
			return showForm(model, pillar);
		}
		redirect.addFlashAttribute("success", "pillar.saved");
		return LIST;
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction) {
		this.pillars.move(id, "up".equals(direction));
		return LIST;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.pillars.retire(id);
		redirect.addFlashAttribute("success", "pillar.retired");
		return LIST;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.pillars.restore(id);
		redirect.addFlashAttribute("success", "pillar.restored");
		return LIST;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.pillars.delete(id);
			redirect.addFlashAttribute("success", "pillar.deleted");
		}
		catch (PillarInUseException ex) {
			redirect.addFlashAttribute("error", "pillar.inUse");
		}
		return LIST;
	}

	private String showForm(Model model, Pillar pillar) {
		model.addAttribute("pillar", pillar);
		return FORM;
	}

}
