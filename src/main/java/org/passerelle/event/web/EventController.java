package org.passerelle.event.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.passerelle.event.Audience;
import org.passerelle.event.EventFilter;
import org.passerelle.event.EventKind;
import org.passerelle.event.EventRefusedException;
import org.passerelle.event.EventService;
import org.passerelle.event.EventStatus;
import org.passerelle.event.Events;
import org.passerelle.organisation.Sector;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;

/**
 * The events list and page, and the event's lifecycle (its editor is
 * {@link EventEditorController}).
 */
@Controller
class EventController {

	private final Events events;

	private final EventService service;

	private final EventPages pages;

	private final EventListing listing;

	EventController(Events events, EventService service, EventPages pages, EventListing listing) {
		this.pages = pages;
		this.listing = listing;
		this.events = events;
		this.service = service;
	}

	@GetMapping("/events")
	String list(@RequestParam(defaultValue = "false") boolean past, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long pillar,
			@RequestParam(required = false) String label, @RequestParam(required = false) Long organiser,
			@RequestParam(required = false) String month, @RequestParam(required = false) String city,
			@RequestParam(required = false) String audience, @RequestParam(required = false) String sector,
			@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal @Nullable PasserelleUser user,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		EventFilter filter = new EventFilter(past, text(q), parse(EventKind.class, kind), pillar, text(label),
				organiser, month(month), text(city), parse(Audience.class, audience), parse(Sector.class, sector));
		model.addAttribute("filter", filter);
		model.addAttribute("listing", this.listing.of(filter, pageable, user, locale, request, response));
		return "events/list";
	}

	private static @Nullable String text(@Nullable String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable YearMonth month(@Nullable String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Made<String, KeptHtml> page = this.pages.of(id, user, locale, request, response);
		model.addAttribute("eventTitle", page.value());
		model.addAttribute("page", page.part());
		return "events/show";
	}

	static PasserelleUser requireUser(@Nullable PasserelleUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
		return user;
	}

	@PostMapping("/events/{id}/status")
	String transition(@PathVariable long id, @RequestParam String target, @RequestParam long version,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		this.service.forEditing(id, requireUser(user));
		EventStatus status = parse(EventStatus.class, target);
		try {
			if (status == null) {
				throw new EventRefusedException("event.refused.transition");
			}
			this.service.transition(id, version, status, user);
			redirect.addFlashAttribute("success", "event.statusChanged");
		}
		catch (EventRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "concurrentEdit");
		}
		return "redirect:/events/" + id;
	}

}
