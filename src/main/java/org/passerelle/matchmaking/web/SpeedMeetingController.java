package org.passerelle.matchmaking.web;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

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
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationKind;
import org.passerelle.event.Session;
import org.passerelle.matchmaking.MatchmakingPermissions;
import org.passerelle.matchmaking.MatchmakingRefusedException;
import org.passerelle.matchmaking.RoundPlan;
import org.passerelle.matchmaking.SpeedMeetingSchedule;
import org.passerelle.matchmaking.SpeedMeetings;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * A session's speed meeting: staff generate, view (per table, group and person), adjust,
 * publish and print it; a liaison sees their company's tables once published.
 */
@Controller
class SpeedMeetingController {

	private final Events events;

	private final SpeedMeetings speedMeetings;

	private final MatchmakingPermissions permissions;

	SpeedMeetingController(Events events, SpeedMeetings speedMeetings, MatchmakingPermissions permissions) {
		this.events = events;
		this.speedMeetings = speedMeetings;
		this.permissions = permissions;
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/speed-meeting")
	String show(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = managed(id, user);
		Session session = session(event, sessionId);
		SpeedMeetingSchedule schedule = this.speedMeetings.of(sessionId).orElse(null);
		model.addAttribute("roundsForm", (schedule != null)
				? RoundsForm
					.of(new RoundPlan(schedule.getRounds(), schedule.getRoundMinutes(), schedule.getFirstRoundAt()))
				: RoundsForm.of(new RoundPlan(4, 15, session.getStartsAt())));
		return showPage(model, event, session, schedule);
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/speed-meeting")
	String generate(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute RoundsForm roundsForm,
			BindingResult result, @AuthenticationPrincipal @Nullable PasserelleUser user, Model model,
			RedirectAttributes redirect) {
		Event event = managed(id, user);
		Session session = session(event, sessionId);
		if (!result.hasErrors()) {
			try {
				this.speedMeetings.generate(event, sessionId, roundsForm.plan(), user);
				redirect.addFlashAttribute("success", "matchmaking.generated");
				return "redirect:" + path(id, sessionId);
			}
			catch (MatchmakingRefusedException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return showPage(model, event, session, this.speedMeetings.of(sessionId).orElse(null));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/speed-meeting/seat")
	String moveGroup(@PathVariable long id, @PathVariable long sessionId, @RequestParam int group,
			@RequestParam int round, @RequestParam int table, @AuthenticationPrincipal @Nullable PasserelleUser user,
			RedirectAttributes redirect) {
		Event event = managed(id, user);
		session(event, sessionId);
		return adjusted(id, sessionId, redirect,
				() -> this.speedMeetings.moveGroup(event, sessionId, group, round, table, user));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/speed-meeting/member")
	String moveMember(@PathVariable long id, @PathVariable long sessionId, @RequestParam int member,
			@RequestParam int group, @AuthenticationPrincipal @Nullable PasserelleUser user,
			RedirectAttributes redirect) {
		Event event = managed(id, user);
		session(event, sessionId);
		return adjusted(id, sessionId, redirect,
				() -> this.speedMeetings.moveMember(event, sessionId, member, group, user));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/speed-meeting/publish")
	String publish(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, RedirectAttributes redirect) {
		Event event = managed(id, user);
		session(event, sessionId);
		try {
			this.speedMeetings.publish(event, sessionId, user);
			redirect.addFlashAttribute("success", "matchmaking.published");
		}
		catch (MatchmakingRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:" + path(id, sessionId);
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/speed-meeting/print")
	String print(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		Event event = managed(id, user);
		Session session = session(event, sessionId);
		SpeedMeetingSchedule schedule = this.speedMeetings.of(sessionId)
			.orElseThrow(() -> new NotFoundException("Speed meeting", sessionId));
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("schedule", schedule);
		return "matchmaking/speed-meeting-print";
	}

	@GetMapping("/events/{id}/sessions/{sessionId}/speed-meeting/company")
	String company(@PathVariable long id, @PathVariable long sessionId,
			@AuthenticationPrincipal @Nullable PasserelleUser user, Model model) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
		Event event = this.events.find(id, user);
		Session session = session(event, sessionId);
		if (!this.permissions.canSeeCompanyTimetable(event, user)) {
			throw new NotFoundException("Speed meeting", sessionId);
		}
		SpeedMeetingSchedule schedule = this.speedMeetings.of(sessionId)
			.filter(SpeedMeetingSchedule::isPublished)
			.orElse(null);
		List<Long> mine = this.events.ofMyOrganisation(event, user)
			.stream()
			.filter((registration) -> registration.getKind() == RegistrationKind.ORGANISATION)
			.map(Registration::getId)
			.toList();
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("schedule", schedule);
		model.addAttribute("hosted",
				(schedule != null)
						? mine.stream().map(schedule::tableHostedBy).filter((table) -> table >= 0).sorted().toList()
						: List.of());
		return "matchmaking/company-timetable";
	}

	private String adjusted(long id, long sessionId, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", "matchmaking.adjusted");
		}
		catch (MatchmakingRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("errorArguments", ex.getArguments());
		}
		return "redirect:" + path(id, sessionId);
	}

	private String showPage(Model model, Event event, Session session, @Nullable SpeedMeetingSchedule schedule) {
		List<Registration> holding = this.events.holdingPlaces(session.getId());
		model.addAttribute("event", event);
		model.addAttribute("eventSession", session);
		model.addAttribute("schedule", schedule);
		model.addAttribute("participantCount",
				holding.stream().filter((r) -> r.getKind() == RegistrationKind.PARTICIPANT).count());
		model.addAttribute("industrialistCount",
				holding.stream().filter((r) -> r.getKind() == RegistrationKind.ORGANISATION).count());
		return "matchmaking/speed-meeting";
	}

	private Event managed(long id, @Nullable PasserelleUser user) {
		if (user == null) {
			throw new AccessDeniedException("Sign in first");
		}
		Event event = this.events.find(id, user);
		if (!this.permissions.canManage(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
		return event;
	}

	static Session session(Event event, long sessionId) {
		return event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
	}

	static String path(long id, long sessionId) {
		return "/events/" + id + "/sessions/" + sessionId + "/speed-meeting";
	}

}
