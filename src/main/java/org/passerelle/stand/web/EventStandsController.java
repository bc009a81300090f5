package org.passerelle.stand.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.Session;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.SpreadsheetCsv;
import org.passerelle.stand.Stand;
import org.passerelle.stand.StandPermissions;
import org.passerelle.stand.StandRefusedException;
import org.passerelle.stand.StandService;
import org.passerelle.stand.StandStatus;
import org.passerelle.stand.StandType;

/**
 * An event's stands: the stand types and what is left of them, the stands applied for, a
 * liaison's application, the staff's plan per site and day and the file of who pays what.
 */
@Controller
class EventStandsController {

	private final StandService stands;

	private final StandPermissions permissions;

	private final Events events;

	private final Organisations organisations;

	private final MessageSource messages;

	EventStandsController(StandService stands, StandPermissions permissions, Events events, Organisations organisations,
			MessageSource messages) {
		this.stands = stands;
		this.permissions = permissions;
		this.events = events;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/events/{id}/stands")
	String list(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Event event = visible(id, user);
		boolean manage = this.permissions.canManage(event, user);
		List<Stand> shown = manage ? this.stands.standsOf(id)
				: this.stands.involving(user.getOrganisationId())
					.stream()
					.filter((stand) -> stand.getEventId() == id)
					.toList();
		List<StandType> types = this.stands.types(id);
		model.addAttribute("event", event);
		model.addAttribute("types", types);
		model.addAttribute("taken", this.stands.taken(id));
		model.addAttribute("stands", shown);
		model.addAttribute("names", names(shown));
		model.addAttribute("manage", manage);
		// nothing to apply for until the organisers add a stand type
		model.addAttribute("canApply", this.permissions.canApply(event, user) && !types.isEmpty());
		return "stands/event";
	}

	@GetMapping("/events/{id}/stands/types/new")
	String newType(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Event event = managed(id, user);
		model.addAttribute("standTypeForm", new StandTypeForm());
		return typeForm(event, model);
	}

	@PostMapping("/events/{id}/stands/types/new")
	String newType(@PathVariable long id, @Valid @ModelAttribute StandTypeForm standTypeForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Event event = managed(id, user);
		if (result.hasErrors()) {
			return typeForm(event, model);
		}
		try {
			this.stands.addType(event, standTypeForm.details());
		}
		catch (StandRefusedException ex) {
			result.reject(ex.getMessageKey());
			return typeForm(event, model);
		}
		redirect.addFlashAttribute("success", "stand.type.added");
		return "redirect:/events/" + id + "/stands";
	}

	private String typeForm(Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("currencies", StandTypeForm.CURRENCIES);
		return "stands/type-form";
	}

	@GetMapping("/events/{id}/stands/apply")
	String apply(@PathVariable long id, @RequestParam(required = false) @Nullable Long type,
			@AuthenticationPrincipal PasserelleUser user, Model model) {
		Event event = applicable(id, user);
		ApplyForm form = new ApplyForm();
		form.setTypeId(type);
		model.addAttribute("applyForm", form);
		return applyForm(event, model);
	}

	@PostMapping("/events/{id}/stands/apply")
	String apply(@PathVariable long id, @ModelAttribute ApplyForm applyForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Event event = applicable(id, user);
		if (applyForm.getTypeId() == null
				|| this.stands.types(id).stream().noneMatch((t) -> t.getId().equals(applyForm.getTypeId()))) {
			result.rejectValue("typeId", "stand.apply.chooseType");
		}
		if (result.hasErrors()) {
			return applyForm(event, model);
		}
		try {
			Stand stand = this.stands.apply(event, applyForm.getTypeId(), applyForm.isShared(), user);
			redirect.addFlashAttribute("success", stand.isShared() ? "stand.applied.shared" : "stand.applied");
			return "redirect:/stands/" + stand.getId();
		}
		catch (StandRefusedException ex) {
			result.reject(ex.getMessageKey());
			return applyForm(event, model);
		}
	}

	private String applyForm(Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("types", this.stands.types(event.getId()));
		model.addAttribute("taken", this.stands.taken(event.getId()));
		return "stands/apply";
	}

	@GetMapping("/events/{id}/stands/plan")
	String plan(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Event event = managed(id, user);
		List<Stand> accepted = this.stands.standsOf(id)
			.stream()
			.filter((stand) -> stand.getStatus() == StandStatus.ACCEPTED)
			.toList();
		List<PlanDay> days = new ArrayList<>();
		for (Session session : event.getSessions()) {
			days.add(new PlanDay(session,
					accepted.stream()
						.filter((stand) -> stand.numberAt(session.getId()) != null)
						.sorted((a, b) -> naturalOrder(a.numberAt(session.getId()), b.numberAt(session.getId())))
						.toList()));
		}
		model.addAttribute("event", event);
		model.addAttribute("days", days);
		model.addAttribute("types", this.stands.types(id));
		model.addAttribute("typesById",
				this.stands.types(id).stream().collect(Collectors.toMap(StandType::getId, (t) -> t)));
		model.addAttribute("taken", this.stands.taken(id));
		Map<Long, Organisation> names = names(accepted);
		model.addAttribute("companies",
				accepted.stream()
					.collect(Collectors.toMap(Stand::getId,
							(stand) -> stand.payments()
								.stream()
								.map((payment) -> names.get(payment.company().getOrganisationId()))
								.filter(java.util.Objects::nonNull)
								.map(Organisation::getName)
								.collect(Collectors.joining(", ")))));
		return "stands/plan";
	}

	/** Numbers such as A2 before A10. */
	static int naturalOrder(@Nullable String a, @Nullable String b) {
		String left = (a != null) ? a : "";
		String right = (b != null) ? b : "";
		String paddedLeft = left.replaceAll("\\d+", "") + String.format("%010d", digits(left));
		String paddedRight = right.replaceAll("\\d+", "") + String.format("%010d", digits(right));
		int order = paddedLeft.compareTo(paddedRight);
		return (order != 0) ? order : left.compareTo(right);
	}

	private static long digits(String number) {
		String digits = number.replaceAll("\\D", "");
		return digits.isEmpty() ? 0 : Long.parseLong(digits.substring(0, Math.min(digits.length(), 9)));
	}

	@GetMapping("/events/{id}/stands/payments.csv")
	void payments(@PathVariable long id, @AuthenticationPrincipal PasserelleUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		Event event = managed(id, user);
		List<Stand> all = this.stands.standsOf(id)
			.stream()
			.filter((stand) -> stand.getStatus() == StandStatus.ACCEPTED || stand.getStatus() == StandStatus.PENDING)
			.toList();
		Map<Long, StandType> types = this.stands.types(id)
			.stream()
			.collect(Collectors.toMap(StandType::getId, (t) -> t));
		Map<Long, Organisation> names = names(all);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("stands-" + id + ".csv").build().toString());
		try (SpreadsheetCsv csv = SpreadsheetCsv.commas(response.getOutputStream())) {
			csv.row(msg("stand.csv.stand", locale), msg("stand.csv.type", locale), msg("stand.csv.status", locale),
					msg("stand.csv.numbers", locale), msg("stand.csv.company", locale), msg("stand.csv.lead", locale),
					msg("stand.csv.share", locale), msg("stand.csv.amount", locale), msg("stand.csv.currency", locale),
					msg("stand.csv.contact", locale));
			for (Stand stand : all) {
				String numbers = event.getSessions()
					.stream()
					.filter((session) -> stand.numberAt(session.getId()) != null)
					.map((session) -> session.getCity() + " " + session.getDay() + ": "
							+ stand.numberAt(session.getId()))
					.collect(Collectors.joining("; "));
				for (Stand.Payment payment : stand.payments()) {
					Organisation company = names.get(payment.company().getOrganisationId());
					csv.row(stand.getId(), types.get(stand.getStandTypeId()).name(locale),
							msg(stand.getStatus().messageKey(), locale), numbers,
							(company != null) ? company.getName() : "",
							payment.company().isLead() ? msg("stand.csv.yes", locale) : "",
							(stand.getSplit() == org.passerelle.stand.Split.SHARES) ? payment.company().getShare() : 1,
							payment.amount().plain(), payment.amount().currency(),
							String.valueOf(payment.company().getContactEmail()));
				}
			}
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private Map<Long, Organisation> names(Collection<Stand> shown) {
		Set<Long> ids = new HashSet<>();
		shown.forEach((stand) -> stand.getCompanies().forEach((company) -> ids.add(company.getOrganisationId())));
		return this.organisations.byIds(ids);
	}

	private Event visible(long id, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, user);
		if (!this.permissions.canSeeStands(event, user)) {
			throw new AccessDeniedException("Stands are for the event's staff and for liaisons");
		}
		return event;
	}

	private Event managed(long id, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, user);
		if (!this.permissions.canManage(event, user)) {
			throw new AccessDeniedException("The event's staff manage its stands");
		}
		return event;
	}

	private Event applicable(long id, @Nullable PasserelleUser user) {
		Event event = this.events.find(id, user);
		if (!this.permissions.canApply(event, user)) {
			throw new AccessDeniedException("Liaisons apply for a stand at a published event");
		}
		return event;
	}

	/** A session (a site on a day) and the stands placed there, by number. */
	record PlanDay(Session session, List<Stand> stands) {

	}

}
