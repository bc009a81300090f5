package org.passerelle.event.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.event.Event;
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.EventService;
import org.passerelle.event.ParticipantField;
import org.passerelle.event.ParticipantImport;
import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.ImportProblem;
import org.passerelle.shared.PasserelleUser;

/**
 * Staff import a session's participants from a CSV file in three steps, as the directory
 * does: upload, map the columns, check the preview (who gets a place, who goes to the
 * waitlist, which rows are wrong); nothing is written until they confirm, and then every
 * row or none.
 */
@Controller
@RequestMapping("/events/{id}/sessions/{sessionId}/import")
class ParticipantImportController {

	static final String PAGE = "events/import";

	private final EventService service;

	private final ParticipantImport imports;

	ParticipantImportController(EventService service, ParticipantImport imports) {
		this.service = service;
		this.imports = imports;
	}

	/**
	 * An import between its upload and its confirmation, kept in the person's session.
	 */
	static final class Pending implements Serializable {

		private static final long serialVersionUID = 1L;

		static final String ATTRIBUTE = Pending.class.getName();

		final String token = UUID.randomUUID().toString();

		final long sessionId;

		final String fileName;

		final CsvTable table;

		List<@Nullable ParticipantField> mapping;

		Pending(long sessionId, String fileName, CsvTable table, List<@Nullable ParticipantField> mapping) {
			this.sessionId = sessionId;
			this.fileName = fileName;
			this.table = table;
			this.mapping = mapping;
		}

		public String getToken() {
			return this.token;
		}

		public String getFileName() {
			return this.fileName;
		}

		public CsvTable getTable() {
			return this.table;
		}

		public List<String> getFields() {
			return this.mapping.stream().map((f) -> (f != null) ? f.name() : "").toList();
		}

	}

	@GetMapping
	String upload(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		return step(model, "upload", id, sessionId, user);
	}

	@PostMapping
	String upload(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal @Nullable PasserelleUser user, HttpSession session, Model model)
			throws IOException {
		step(model, "upload", id, sessionId, user);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", new ImportProblem("import.problem.noFile"));
			return PAGE;
		}
		try {
			CsvTable table = this.imports.read(file.getBytes());
			Pending pending = new Pending(sessionId, String.valueOf(file.getOriginalFilename()), table,
					this.imports.suggest(table.headers()));
			session.setAttribute(Pending.ATTRIBUTE, pending);
			return "redirect:/events/" + id + "/sessions/" + sessionId + "/import/" + pending.token + "/mapping";
		}
		catch (ImportProblem problem) {
			model.addAttribute("problem", problem);
			return PAGE;
		}
	}

	@GetMapping("/{token}/mapping")
	String mapping(@PathVariable long id, @PathVariable long sessionId, @PathVariable String token,
			@AuthenticationPrincipal @Nullable PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		step(model, "mapping", id, sessionId, user);
		Pending pending = pending(session, token, sessionId);
		if (pending == null) {
			return expired(id, sessionId, redirect);
		}
		model.addAttribute("pending", pending);
		model.addAttribute("problems", List.of());
		return PAGE;
	}

	@PostMapping("/{token}/mapping")
	String map(@PathVariable long id, @PathVariable long sessionId, @PathVariable String token,
			@RequestParam(name = "fields", required = false) @Nullable List<String> fields,
			@AuthenticationPrincipal @Nullable PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		step(model, "mapping", id, sessionId, user);
		Pending pending = pending(session, token, sessionId);
		if (pending == null) {
			return expired(id, sessionId, redirect);
		}
		List<@Nullable ParticipantField> mapping = new ArrayList<>();
		for (int i = 0; i < pending.table.headers().size(); i++) {
			String value = (fields != null && i < fields.size()) ? fields.get(i) : "";
			mapping.add(EventController.parse(ParticipantField.class, value));
		}
		pending.mapping = mapping;
		session.setAttribute(Pending.ATTRIBUTE, pending);
		List<String> problems = this.imports.mappingProblems(mapping);
		if (!problems.isEmpty()) {
			model.addAttribute("pending", pending);
			model.addAttribute("problems", problems);
			return PAGE;
		}
		return "redirect:/events/" + id + "/sessions/" + sessionId + "/import/" + token + "/preview";
	}

	@GetMapping("/{token}/preview")
	String preview(@PathVariable long id, @PathVariable long sessionId, @PathVariable String token,
			@AuthenticationPrincipal @Nullable PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		step(model, "preview", id, sessionId, user);
		Pending pending = pending(session, token, sessionId);
		if (pending == null) {
			return expired(id, sessionId, redirect);
		}
		if (!this.imports.mappingProblems(pending.mapping).isEmpty()) {
			return "redirect:/events/" + id + "/sessions/" + sessionId + "/import/" + token + "/mapping";
		}
		model.addAttribute("pending", pending);
		model.addAttribute("plan", this.imports.plan(id, sessionId, pending.table, pending.mapping, user));
		return PAGE;
	}

	@PostMapping("/{token}/confirm")
	String confirm(@PathVariable long id, @PathVariable long sessionId, @PathVariable String token,
			@AuthenticationPrincipal @Nullable PasserelleUser user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		step(model, "preview", id, sessionId, user);
		Pending pending = pending(session, token, sessionId);
		if (pending == null) {
			return expired(id, sessionId, redirect);
		}
		try {
			ParticipantImport.Plan plan = this.imports.apply(id, sessionId, pending.table, pending.mapping, user);
			session.removeAttribute(Pending.ATTRIBUTE);
			redirect.addFlashAttribute("success", "event.import.done");
			return "redirect:/events/" + id + "/sessions/" + sessionId + "/registrations";
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/events/" + id + "/sessions/" + sessionId + "/import/" + token + "/preview";
		}
	}

	private String step(Model model, String step, long id, long sessionId, @Nullable PasserelleUser user) {
		Event event = this.service.forEditing(id, EventController.requireUser(user));
		model.addAttribute("event", event);
		model.addAttribute("eventSession", SessionController.session(event, sessionId));
		model.addAttribute("step", step);
		model.addAttribute("fields", ParticipantField.values());
		return PAGE;
	}

	private static @Nullable Pending pending(HttpSession session, String token, long sessionId) {
		Object pending = session.getAttribute(Pending.ATTRIBUTE);
		if (pending instanceof Pending found && found.token.equals(token) && found.sessionId == sessionId) {
			return found;
		}
		return null;
	}

	private static String expired(long id, long sessionId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "import.expired");
		return "redirect:/events/" + id + "/sessions/" + sessionId + "/import";
	}

}
