package org.passerelle.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportOptions;
import org.passerelle.organisation.ImportProblem;
import org.passerelle.organisation.ImportRefused;
import org.passerelle.organisation.ImportResult;
import org.passerelle.organisation.ImportRow;
import org.passerelle.organisation.OrganisationImport;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.organisation.StoredImports;
import org.passerelle.shared.PasserelleUser;

/**
 * Staff import institutions and partners from a CSV file in four steps: upload, map the
 * columns, map the values of the file's lists (kind, size class, sector, region), check
 * the preview; nothing is written until they confirm, and then every row or none — or,
 * when they ask, the valid rows, the others given back as a CSV file with their reasons.
 * The file stays in the database ({@link StoredImports}), the session holds only the
 * person's choices.
 */
@Controller
@RequestMapping("/organisations/import")
class ImportController {

	private static final int PREVIEW_PAGE_SIZE = 100;

	private final OrganisationImport imports;

	private final StoredImports stored;

	private final OrganisationPermissions permissions;

	ImportController(OrganisationImport imports, StoredImports stored, OrganisationPermissions permissions) {
		this.imports = imports;
		this.stored = stored;
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
			StoredImports.StoredFile stored = this.stored.store(user.getAccountId(),
					String.valueOf(file.getOriginalFilename()), file.getBytes());
			List<@Nullable ImportField> mapping = this.imports.suggest(user.getAccountId(), stored.headers());
			pending = new PendingImport(stored, ImportOptions.of(mapping, mapping.contains(ImportField.KIND) ? null
					: this.imports.rememberedDefaultKind(user.getAccountId())));
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
		PendingImport pending = pending(session, token, user);
		if (pending == null) {
			return expired(redirect);
		}
		ImportOptions options = pending.getOptions();
		model.addAttribute("mappingForm",
				MappingForm.of(options.mapping(), options.defaultKind(), options.emptyCellsClear()));
		return showMapping(model, pending, List.of());
	}

	@PostMapping("/{token}/mapping")
	String map(@PathVariable String token, @ModelAttribute MappingForm mappingForm,
			@AuthenticationPrincipal PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null) {
			return expired(redirect);
		}
		List<@Nullable ImportField> mapping = mappingForm.toMapping(pending.getHeaders().size());
		List<String> problems = this.imports.mappingProblems(mapping, mappingForm.getDefaultKind());
		if (!problems.isEmpty()) {
			return showMapping(model, pending, problems);
		}
		this.imports.remember(user.getAccountId(), pending.getHeaders(), mapping, mappingForm.getDefaultKind());
		ImportOptions options = new ImportOptions(mapping, mappingForm.getDefaultKind(), pending.getOptions().values(),
				mappingForm.isEmptyCellsClear());
		pending.chose(options);
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		if (!options.enumeratedFields().isEmpty()) {
			return "redirect:/organisations/import/" + token + "/values";
		}
		return plan(pending, user, session);
	}

	@GetMapping("/{token}/values")
	String values(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			Model model, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null) {
			return expired(redirect);
		}
		ImportOptions options = pending.getOptions();
		Map<ImportField, List<StoredImports.FileValue>> distinct = this.stored.distinctValues(pending.id(),
				user.getAccountId(), options);
		List<ValueGroup> groups = new ArrayList<>();
		ValuesForm form = new ValuesForm();
		distinct.forEach((field, values) -> {
			Map<String, String> proposed = new LinkedHashMap<>(this.imports.proposeValues(user.getAccountId(), field,
					values.stream().map(StoredImports.FileValue::value).toList()));
			proposed.putAll(options.values().getOrDefault(field, Map.of()));
			List<ValueChoice> choices = new ArrayList<>();
			for (StoredImports.FileValue value : values) {
				String target = proposed.get(value.key());
				form.getKeys().add(field.name() + "|" + value.key());
				form.getTargets().add((target == null) ? "" : target.isEmpty() ? ValuesForm.LEAVE_EMPTY : target);
				choices.add(new ValueChoice(form.getKeys().size() - 1, value, target != null));
			}
			groups.add(new ValueGroup(field, choices, constants(field),
					values.size() >= StoredImports.MAX_DISTINCT_VALUES));
		});
		model.addAttribute("pending", pending);
		model.addAttribute("groups", groups);
		model.addAttribute("valuesForm", form);
		return "organisations/import/values";
	}

	@PostMapping("/{token}/values")
	String mapValues(@PathVariable String token, @ModelAttribute ValuesForm valuesForm,
			@AuthenticationPrincipal PasserelleUser user, HttpSession session, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null) {
			return expired(redirect);
		}
		ImportOptions options = pending.getOptions();
		Map<ImportField, Map<String, String>> values = valuesForm.toValues(options.enumeratedFields());
		values.forEach((field, map) -> map.replaceAll((key, target) -> valid(field, target)));
		this.imports.rememberValues(user.getAccountId(), values);
		pending.chose(options.withValues(values, options.emptyCellsClear()));
		return plan(pending, user, session);
	}

	@GetMapping("/{token}/preview")
	String preview(@PathVariable String token, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean errors, @AuthenticationPrincipal PasserelleUser user,
			HttpSession session, Model model, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null) {
			return expired(redirect);
		}
		if (!pending.isPlanned()) {
			return "redirect:/organisations/import/" + token + "/mapping";
		}
		Map<ImportRow.Action, Integer> counts = this.stored.counts(pending.id());
		var shown = this.stored.rows(pending.id(), errors, PageRequest.of(Math.max(0, page), PREVIEW_PAGE_SIZE));
		if (shown.getContent().isEmpty() && page > 0) {
			return "redirect:/organisations/import/" + token + "/preview" + (errors ? "?errors=true" : "");
		}
		model.addAttribute("pending", pending);
		model.addAttribute("counts", new Counts(counts));
		model.addAttribute("errorsOnly", errors);
		model.addAttribute("page", shown);
		return "organisations/import/preview";
	}

	/**
	 * For a row whose name is similar to an organisation of the directory: update that
	 * organisation, or create a new one (the default).
	 */
	@PostMapping("/{token}/rows/{line}/similar")
	String chooseSimilar(@PathVariable String token, @PathVariable int line,
			@RequestParam(defaultValue = "false") boolean update, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "false") boolean errors, @AuthenticationPrincipal PasserelleUser user,
			HttpSession session, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null || !pending.isPlanned()) {
			return expired(redirect);
		}
		if (this.stored.choose(pending.id(), user.getAccountId(), line, update)) {
			redirect.addFlashAttribute("success",
					update ? "import.similar.updateChosen" : "import.similar.createChosen");
		}
		redirect.addAttribute("page", Math.max(0, page));
		if (errors) {
			redirect.addAttribute("errors", true);
		}
		return "redirect:/organisations/import/" + token + "/preview";
	}

	@PostMapping("/{token}/confirm")
	String confirm(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null || !pending.isPlanned()) {
			return expired(redirect);
		}
		ImportResult result;
		try {
			result = this.stored.apply(pending.id(), user.getAccountId(), pending.getOptions(), user, false);
		}
		catch (ImportRefused ex) {
			return refused(pending, user, session, redirect, "import.refused.errors");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return refused(pending, user, session, redirect, "import.refused.concurrent");
		}
		this.stored.delete(pending.id(), user.getAccountId());
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		redirect.addFlashAttribute("importResult", result);
		return "redirect:/organisations";
	}

	@PostMapping("/{token}/confirm-valid")
	String confirmValid(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null || !pending.isPlanned() || pending.getResult() != null) {
			return expired(redirect);
		}
		ImportResult result;
		try {
			result = this.stored.apply(pending.id(), user.getAccountId(), pending.getOptions(), user, true);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return refused(pending, user, session, redirect, "import.refused.concurrent");
		}
		pending.done(result);
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		return "redirect:/organisations/import/" + token + "/done";
	}

	@GetMapping("/{token}/done")
	String done(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			Model model, RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null || pending.getResult() == null) {
			return expired(redirect);
		}
		model.addAttribute("pending", pending);
		model.addAttribute("result", pending.getResult());
		return "organisations/import/done";
	}

	@GetMapping("/{token}/rejected.csv")
	String rejected(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending == null || !pending.isPlanned()) {
			return expired(redirect);
		}
		String base = pending.getFileName().replaceAll("(?i)\\.csv$", "");
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(base + "-rejected.csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		this.stored.writeRejected(pending.id(), user.getAccountId(), response.getOutputStream());
		return null;
	}

	@PostMapping("/{token}/cancel")
	String cancel(@PathVariable String token, @AuthenticationPrincipal PasserelleUser user, HttpSession session,
			RedirectAttributes redirect) {
		this.permissions.requireManager(user);
		PendingImport pending = pending(session, token, user);
		if (pending != null) {
			this.stored.delete(pending.id(), user.getAccountId());
		}
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		redirect.addFlashAttribute("success", "import.cancelled");
		return "redirect:/organisations/import";
	}

	/**
	 * A step whose stored file is gone (replaced by an upload in another tab, or older
	 * than a day): back to the upload, saying so.
	 */
	@ExceptionHandler(ImportProblem.class)
	String gone(ImportProblem problem, HttpSession session, RedirectAttributes redirect) {
		session.removeAttribute(PendingImport.SESSION_ATTRIBUTE);
		redirect.addFlashAttribute("error", problem.getMessageKey());
		return "redirect:/organisations/import";
	}

	private String plan(PendingImport pending, PasserelleUser user, HttpSession session) {
		this.stored.plan(pending.id(), user.getAccountId(), pending.getOptions(), user);
		pending.planned();
		session.setAttribute(PendingImport.SESSION_ATTRIBUTE, pending);
		return "redirect:/organisations/import/" + pending.getToken() + "/preview";
	}

	private String refused(PendingImport pending, PasserelleUser user, HttpSession session, RedirectAttributes redirect,
			String message) {
		plan(pending, user, session);
		redirect.addFlashAttribute("error", message);
		return "redirect:/organisations/import/" + pending.getToken() + "/preview";
	}

	private String showMapping(Model model, PendingImport pending, List<String> problems) {
		model.addAttribute("pending", pending);
		model.addAttribute("fields", ImportField.values());
		model.addAttribute("samples", pending.getSamples());
		model.addAttribute("problems", problems);
		return "organisations/import/mapping";
	}

	private static List<Enum<?>> constants(ImportField field) {
		return switch (field) {
			case KIND -> List.of(OrganisationKind.values());
			case SIZE_CLASS -> List.of(org.passerelle.organisation.SizeClass.values());
			case SECTOR -> List.of(org.passerelle.organisation.Sector.values());
			case REGION -> List.of(org.passerelle.organisation.Region.values());
			default -> List.of();
		};
	}

	/** A value posted for a field: one of its constants, or "" (leave empty). */
	private static String valid(ImportField field, String target) {
		boolean known = constants(field).stream().anyMatch((constant) -> constant.name().equals(target));
		return known ? target : "";
	}

	private static @Nullable PendingImport pending(HttpSession session, String token, PasserelleUser user) {
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

	/**
	 * The values of the file for one field, with the choice for each.
	 *
	 * @param field the field
	 * @param choices its values in the file
	 * @param constants the Passerelle values it may take
	 * @param truncated whether the file has more distinct values than shown
	 */
	record ValueGroup(ImportField field, List<ValueChoice> choices, List<Enum<?>> constants, boolean truncated) {

		public long unrecognised() {
			return this.choices.stream().filter((choice) -> !choice.recognised()).count();
		}

	}

	/**
	 * A value of the file and its place in the form.
	 *
	 * @param index its index in the form's lists
	 * @param value the value, as written, and its rows
	 * @param recognised whether a choice was proposed for it
	 */
	record ValueChoice(int index, StoredImports.FileValue value, boolean recognised) {
	}

	/**
	 * How many rows of each action the preview holds.
	 *
	 * @param counts rows by action
	 */
	record Counts(Map<ImportRow.Action, Integer> counts) {

		public int created() {
			return this.counts.get(ImportRow.Action.CREATE);
		}

		public int updated() {
			return this.counts.get(ImportRow.Action.UPDATE);
		}

		public int unchanged() {
			return this.counts.get(ImportRow.Action.UNCHANGED);
		}

		public int withErrors() {
			return this.counts.get(ImportRow.Action.ERROR);
		}

		public int valid() {
			return created() + updated() + unchanged();
		}

	}

}
