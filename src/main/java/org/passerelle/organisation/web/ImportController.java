package org.passerelle.organisation.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportPlan;
import org.passerelle.organisation.ImportProblem;
import org.passerelle.organisation.ImportResult;
import org.passerelle.organisation.ImportRow;
import org.passerelle.organisation.OrganisationImport;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.shared.PasserelleUser;

/**
 * Staff import institutions and partners from a CSV file in three steps: upload, map the
 * columns, check the preview; nothing is written until they confirm, and then every row
 * or none.
 */
@Controller
@RequestMapping("/organisations/import")
class ImportController {

	private static final int PREVIEW_PAGE_SIZE = 100;

	private final OrganisationImport imports;

	private final OrganisationPermissions permissions;

	ImportController(OrganisationImport imports, OrganisationPermissions permissions) {
		this.imports = imports;
		this.permissions = permissions;
	}

	@ModelAttribute("kinds")
	OrganisationKind[] kinds() {
		return OrganisationKind.values();
	}

	@GetMapping
	String upload(@AuthenticationPrincipal PasserelleUser user) {
		this.permissions.requireManager(user);
		return "organisations/import/upload";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal PasserelleUser user, HttpSession session, Model model) throws IOException {
		this.permissions.requireManager(user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", new ImportProblem("import.problem.noFile"));
			return "organisations/import/upload";
		}
		PendingImport pending;
		try {
			var table = this.imports.read(file.getBytes());
			pending = new PendingImport(String.valueOf(file.getOriginalFilename()), table,
					this.imports.suggest(user.getAccountId(), table.headers()));
		}
		catch (ImportProblem problem) {
			model.addAttribute("problem", problem);
			return "organisations/import/upload";
		}
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		return "redirect:/organisations/import/" + pending.getToken() + "/mapping";
	}

	@GetMapping("/{token}/mapping")
	String mapping(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			Model model, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return expired(redirect);
		}
		model.addAttribute("mappingForm", MappingForm.of(pending.getMapping(), pending.getDefaultKind()));
		return showMapping(model, pending, List.of());
	}

	@PostMapping("/{token}/mapping")
	String map(@PathVariable String token, @ModelAttribute MappingForm mappingForm,
			@AuthenticationPrincipal PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return expired(redirect);
		}
		List<@Nullable ImportField> mapping = mappingForm.toMapping(pending.getTable().headers().size());
		List<String> problems = this.imports.mappingProblems(mapping, mappingForm.getDefaultKind());
		if (!problems.isEmpty()) {
			return showMapping(model, pending, problems);
		}
		this.imports.remember(user.getAccountId(), pending.getTable().headers(), mapping);
		ImportPlan plan = this.imports.plan(pending.getTable(), mapping, mappingForm.getDefaultKind(), user);
		pending.mapped(mapping, mappingForm.getDefaultKind(), plan);
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		return "redirect:/organisations/import/" + token + "/preview";
	}

	@GetMapping("/{token}/preview")
	String preview(@PathVariable String token, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token);
		if (pending == null) {
			return expired(redirect);
		}
		if (pending.getPlan() == null) {
			return "redirect:/organisations/import/" + token + "/mapping";
		}
		ImportPlan plan = pending.getPlan();
		List<ImportRow> rows = plan.errorsFirst();
		int pages = Math.max(1, (rows.size() + PREVIEW_PAGE_SIZE - 1) / PREVIEW_PAGE_SIZE);
		int number = Math.max(0, Math.min(page, pages - 1));
		List<ImportRow> content = rows.subList(number * PREVIEW_PAGE_SIZE,
				Math.min(rows.size(), (number + 1) * PREVIEW_PAGE_SIZE));
		Page<ImportRow> shown = new PageImpl<>(content, PageRequest.of(number, PREVIEW_PAGE_SIZE), rows.size());
		model.addAttribute("pending", pending);
		model.addAttribute("plan", plan);
		model.addAttribute("page", shown);
		return "organisations/import/preview";
	}

	@PostMapping("/{token}/confirm")
	String confirm(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token);
		if (pending == null || pending.getPlan() == null) {
			return expired(redirect);
		}
		ImportPlan fresh = this.imports.plan(pending.getTable(), pending.getMapping(), pending.getDefaultKind(), user);
		pending.planned(fresh);
		if (fresh.hasErrors()) {
			redirect.addFlashAttribute("error", "import.refused.errors");
			return "redirect:/organisations/import/" + token + "/preview";
		}
		ImportResult result;
		try {
			result = this.imports.apply(fresh);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			pending
				.planned(this.imports.plan(pending.getTable(), pending.getMapping(), pending.getDefaultKind(), user));
			redirect.addFlashAttribute("error", "import.refused.concurrent");
			return "redirect:/organisations/import/" + token + "/preview";
		}
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		redirect.addFlashAttribute("importResult", result);
		return "redirect:/organisations";
	}

	@PostMapping("/{token}/cancel")
	String cancel(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		redirect.addFlashAttribute("success", "import.cancelled");
		return "redirect:/organisations/import";
	}

	private String showMapping(Model model, PendingImport pending, List<String> problems) {
		model.addAttribute("pending", pending);
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("samples", pending.getTable().rows().stream().limit(3).toList());
		model.addAttribute("problems", problems);
		return "organisations/import/mapping";
	}

	private static @Nullable PendingImport pending(HttpSession session, String token) {
		Object pending = session.getAttribute(PendingImport.SESSION_ATTRIBUTE);
		if (pending instanceof PendingImport found && found.getToken().equals(token)) {
			return found;
		}
		return null;
	}

	private static String expired(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "import.expired");
		return "redirect:/organisations/import";
	}

}
