package org.passerelle.stand.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.stand.Stand;
import org.passerelle.stand.StandPermissions;
import org.passerelle.stand.StandRefusedException;
import org.passerelle.stand.StandService;
import org.passerelle.stand.StandStatus;

/**
 * One stand: who is on it and who pays what; the lead company invites others (found by a
 * directory search, as the conventions' parties step finds partners), splits the fee and
 * withdraws; invited companies join or say no on their invitations page; staff accept it
 * with its numbers or decline it.
 */
@Controller
class StandController {

	/** Most organisations a search shows. */
	static final int FOUND = 20;

	private final StandService stands;

	private final StandPermissions permissions;

	private final Events events;

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	StandController(StandService stands, StandPermissions permissions, Events events, Organisations organisations,
			OrganisationDirectory directory) {
		this.stands = stands;
		this.permissions = permissions;
		this.events = events;
		this.organisations = organisations;
		this.directory = directory;
	}

	@GetMapping("/stands/{standId}")
	String show(@PathVariable long standId, @RequestParam(required = false) @Nullable String q,
			@AuthenticationPrincipal PasserelleUser user, Model model) {
		Stand stand = this.stands.stand(standId);
		Event event = visible(stand, user);
		AcceptForm form = new AcceptForm();
		form.setVersion(stand.getVersion());
		event.getSessions().forEach((session) -> form.getNumbers().put(session.getId(), ""));
		model.addAttribute("acceptForm", form);
		if (StringUtils.hasText(q) && this.permissions.canLead(stand, user) && stand.hasRoom()) {
			OrganisationSearch search = new OrganisationSearch(q.strip(), null, OrganisationSearch.Group.PARTNERS, null,
					null, null, null, false);
			model.addAttribute("found",
					this.directory.search(search, PageRequest.of(0, FOUND, Sort.by("name")))
						.stream()
						.filter((organisation) -> !stand.involves(organisation.getId()))
						.toList());
			model.addAttribute("q", q.strip());
		}
		return page(stand, event, user, model);
	}

	private String page(Stand stand, Event event, PasserelleUser user, Model model) {
		Set<Long> ids = new HashSet<>();
		stand.getCompanies().forEach((company) -> ids.add(company.getOrganisationId()));
		Map<Long, Organisation> names = this.organisations.byIds(ids);
		model.addAttribute("stand", stand);
		model.addAttribute("event", event);
		model.addAttribute("type", this.stands.type(event.getId(), stand.getStandTypeId()));
		model.addAttribute("names", names);
		model.addAttribute("payments", stand.payments());
		boolean pending = stand.getStatus() == StandStatus.PENDING;
		model.addAttribute("lead", pending && this.permissions.canLead(stand, user));
		model.addAttribute("answer", pending && this.permissions.canAnswer(stand, user));
		model.addAttribute("decide", pending && this.permissions.canDecide(event, user));
		return "stands/show";
	}

	@PostMapping("/stands/{standId}/invitations")
	String invite(@PathVariable long standId, @RequestParam long version,
			@RequestParam(required = false) @Nullable Long organisationId, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		led(standId, user);
		if (organisationId == null) {
			redirect.addFlashAttribute("error", "stand.refused.notAPartner");
			return back(standId);
		}
		return act(standId, () -> this.stands.invite(standId, version, organisationId), "stand.invited", redirect);
	}

	@PostMapping("/stands/{standId}/split")
	String split(@PathVariable long standId, @ModelAttribute SplitForm splitForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		led(standId, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "stand.refused.share");
			return back(standId);
		}
		return act(standId, () -> this.stands.changeSplit(standId, splitForm.getVersion(), splitForm.getSplit(),
				splitForm.getShares()), "stand.splitChanged", redirect);
	}

	@PostMapping("/stands/{standId}/withdraw")
	String withdraw(@PathVariable long standId, @RequestParam long version,
			@AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		led(standId, user);
		return act(standId, () -> this.stands.withdraw(standId, version), "stand.withdrawn", redirect);
	}

	@GetMapping("/stands/invitations")
	String invitations(@AuthenticationPrincipal PasserelleUser user, Model model) {
		if (!this.permissions.hasInvitations(user)) {
			throw new AccessDeniedException("Liaisons answer their company's invitations");
		}
		List<Stand> mine = this.stands.involving(user.getOrganisationId());
		Set<Long> ids = new HashSet<>();
		Set<Long> eventIds = new HashSet<>();
		mine.forEach((stand) -> {
			eventIds.add(stand.getEventId());
			stand.getCompanies().forEach((company) -> ids.add(company.getOrganisationId()));
		});
		Map<Long, Event> byEvent = new java.util.HashMap<>();
		for (long eventId : eventIds) {
			byEvent.put(eventId, this.events.find(eventId, user));
		}
		model.addAttribute("invited", mine.stream()
			.filter((stand) -> stand.getStatus() == StandStatus.PENDING && this.permissions.canAnswer(stand, user))
			.toList());
		model.addAttribute("stands",
				mine.stream().filter((stand) -> !this.permissions.canAnswer(stand, user)).toList());
		model.addAttribute("events", byEvent);
		model.addAttribute("names", this.organisations.byIds(ids));
		return "stands/invitations";
	}

	@PostMapping("/stands/{standId}/join")
	String join(@PathVariable long standId, @AuthenticationPrincipal PasserelleUser user, RedirectAttributes redirect) {
		answerable(standId, user);
		return act(standId, () -> this.stands.join(standId, user), "stand.joined", redirect);
	}

	@PostMapping("/stands/{standId}/refuse")
	String refuse(@PathVariable long standId, @AuthenticationPrincipal PasserelleUser user,
			RedirectAttributes redirect) {
		answerable(standId, user);
		try {
			this.stands.refuseInvitation(standId, user);
			redirect.addFlashAttribute("success", "stand.refusedInvitation");
		}
		catch (StandRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/stands/invitations";
	}

	@PostMapping("/stands/{standId}/accept")
	String accept(@PathVariable long standId, @ModelAttribute AcceptForm acceptForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Stand stand = this.stands.stand(standId);
		Event event = decidable(stand, user);
		try {
			this.stands.accept(standId, acceptForm.getVersion(), acceptForm.getNumbers(), user);
		}
		catch (StandRefusedException ex) {
			result.reject(ex.getMessageKey());
			return page(this.stands.stand(standId), event, user, model);
		}
		redirect.addFlashAttribute("success", "stand.accepted");
		return back(standId);
	}

	@GetMapping("/stands/{standId}/decline")
	String decline(@PathVariable long standId, @AuthenticationPrincipal PasserelleUser user, Model model) {
		Stand stand = this.stands.stand(standId);
		Event event = decidable(stand, user);
		DeclineForm form = new DeclineForm();
		form.setVersion(stand.getVersion());
		model.addAttribute("declineForm", form);
		return declinePage(stand, event, model);
	}

	@PostMapping("/stands/{standId}/decline")
	String decline(@PathVariable long standId, @Valid @ModelAttribute DeclineForm declineForm, BindingResult result,
			@AuthenticationPrincipal PasserelleUser user, Model model, RedirectAttributes redirect) {
		Stand stand = this.stands.stand(standId);
		Event event = decidable(stand, user);
		if (!result.hasErrors()) {
			try {
				this.stands.decline(standId, declineForm.getVersion(), declineForm.getReason(), user);
				redirect.addFlashAttribute("success", "stand.declined");
				return back(standId);
			}
			catch (StandRefusedException ex) {
				result.reject(ex.getMessageKey());
			}
		}
		return declinePage(stand, event, model);
	}

	private String declinePage(Stand stand, Event event, Model model) {
		model.addAttribute("stand", stand);
		model.addAttribute("event", event);
		model.addAttribute("lead",
				this.organisations.find(stand.getLeadOrganisationId()).map(Organisation::getName).orElse(""));
		return "stands/decline";
	}

	private String act(long standId, Runnable action, String success, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (StandRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return back(standId);
	}

	private static String back(long standId) {
		return "redirect:/stands/" + standId;
	}

	private Event visible(Stand stand, @Nullable PasserelleUser user) {
		Event event = this.events.find(stand.getEventId(), user);
		if (!this.permissions.canSee(stand, event, user)) {
			throw new AccessDeniedException("A stand is seen by its companies and the event's staff");
		}
		return event;
	}

	private void led(long standId, @Nullable PasserelleUser user) {
		Stand stand = this.stands.stand(standId);
		visible(stand, user);
		if (!this.permissions.canLead(stand, user)) {
			throw new AccessDeniedException("The lead company's liaisons manage the stand");
		}
	}

	private void answerable(long standId, @Nullable PasserelleUser user) {
		Stand stand = this.stands.stand(standId);
		visible(stand, user);
		if (!this.permissions.canAnswer(stand, user)) {
			throw new AccessDeniedException("An invited company's liaisons answer the invitation");
		}
	}

	private Event decidable(Stand stand, @Nullable PasserelleUser user) {
		Event event = this.events.find(stand.getEventId(), user);
		if (!this.permissions.canDecide(event, user)) {
			throw new AccessDeniedException("The event's staff decide its stands");
		}
		return event;
	}

}
