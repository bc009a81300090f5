package org.passerelle.matchmaking;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.MeetingWish;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationKind;
import org.passerelle.event.Session;
import org.passerelle.matchmaking.rotation.RotationSolver;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * Speed meetings: generating a session's rotation from who holds a place (participants
 * and companies' people), adjusting it by hand, publishing it. Generation waits for the
 * solver, bounded by {@link MatchmakingSettings#solverTimeLimit()}.
 */
@Service
@Transactional
public class SpeedMeetings {

	private final Events events;

	private final Organisations organisations;

	private final SpeedMeetingScheduleRepository schedules;

	private final MatchmakingPermissions permissions;

	private final RotationSolver solver;

	private final Clock clock;

	SpeedMeetings(Events events, Organisations organisations, SpeedMeetingScheduleRepository schedules,
			MatchmakingPermissions permissions, MatchmakingSettings settings, Optional<Clock> clock) {
		this.events = events;
		this.organisations = organisations;
		this.schedules = schedules;
		this.permissions = permissions;
		this.solver = new RotationSolver(settings.solverTimeLimit());
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** The session's speed meeting, if one was generated. */
	@Transactional(readOnly = true)
	public Optional<SpeedMeetingSchedule> of(long sessionId) {
		Optional<SpeedMeetingSchedule> schedule = this.schedules.findBySessionId(sessionId);
		schedule.ifPresent((found) -> {
			found.getTables().size();
			found.getMembers().size();
			found.groups();
		});
		return schedule;
	}

	/**
	 * Makes (or makes again) the session's rotation, unpublished.
	 * @throws MatchmakingRefusedException if the numbers do not allow one
	 */
	public SpeedMeetingSchedule generate(Event event, long sessionId, RoundPlan plan, @Nullable PasserelleUser user) {
		requireManager(event, user);
		Session session = event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		if (plan.rounds() < 1 || plan.minutes() < 1) {
			throw new MatchmakingRefusedException("matchmaking.refused.roundsPositive");
		}
		if (plan.firstRoundAt().isBefore(session.getStartsAt())
				|| plan.firstRoundAt().plusMinutes((long) plan.rounds() * plan.minutes()).isAfter(session.getEndsAt())
				|| plan.firstRoundAt()
					.plusMinutes((long) plan.rounds() * plan.minutes())
					.isBefore(plan.firstRoundAt())) {
			throw new MatchmakingRefusedException("matchmaking.refused.outsideSession", session.getStartsAt(),
					session.getEndsAt());
		}
		People people = people(sessionId);
		if (people.tables().isEmpty()) {
			throw new MatchmakingRefusedException("matchmaking.refused.noIndustrialists");
		}
		if (people.members().isEmpty()) {
			throw new MatchmakingRefusedException("matchmaking.refused.noParticipants");
		}
		if (plan.rounds() > people.tables().size()) {
			throw new MatchmakingRefusedException("matchmaking.refused.tooManyRounds", people.tables().size());
		}
		Rotation rotation = this.solver.solve(people.members().size(), people.tables().size(), plan.rounds(),
				people.wishes());
		SpeedMeetingSchedule schedule = this.schedules.findBySessionId(sessionId)
			.orElseGet(() -> new SpeedMeetingSchedule(sessionId, event.getId(), plan));
		schedule.generated(plan, people.tables(), people.members(), rotation, people.wishes(), now());
		return this.schedules.save(schedule);
	}

	/**
	 * Moves a group to another table at a round (table -1: none).
	 * @throws MatchmakingRefusedException with the rule the move breaks
	 */
	public SpeedMeetingSchedule moveGroup(Event event, long sessionId, int group, int round, int table,
			@Nullable PasserelleUser user) {
		SpeedMeetingSchedule schedule = managed(event, sessionId, user);
		schedule.moveGroup(group, round, table, wishesOf(schedule));
		return schedule;
	}

	/**
	 * Moves a participant to another group.
	 * @throws MatchmakingRefusedException with the rule the move breaks
	 */
	public SpeedMeetingSchedule moveMember(Event event, long sessionId, int member, int group,
			@Nullable PasserelleUser user) {
		SpeedMeetingSchedule schedule = managed(event, sessionId, user);
		schedule.moveMember(member, group, wishesOf(schedule));
		return schedule;
	}

	/** Publishes the rotation: participants and companies see their timetable. */
	public SpeedMeetingSchedule publish(Event event, long sessionId, @Nullable PasserelleUser user) {
		SpeedMeetingSchedule schedule = managed(event, sessionId, user);
		schedule.publish(now());
		return schedule;
	}

	private SpeedMeetingSchedule managed(Event event, long sessionId, @Nullable PasserelleUser user) {
		requireManager(event, user);
		return this.schedules.findBySessionId(sessionId)
			.filter((schedule) -> schedule.getEventId() == event.getId())
			.orElseThrow(() -> new NotFoundException("Speed meeting", sessionId));
	}

	private void requireManager(Event event, @Nullable PasserelleUser user) {
		if (!this.permissions.canManage(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
	}

	/**
	 * The people of the session as tables and members, and the wishes some table meets.
	 */
	private record People(List<MeetingTable> tables, List<MeetingMember> members, List<Wish> wishes) {

	}

	private People people(long sessionId) {
		List<Registration> holding = this.events.holdingPlaces(sessionId);
		Map<Long, Organisation> companies = this.organisations.byIds(holding.stream()
			.map(Registration::getOrganisationId)
			.filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<MeetingTable> tables = new ArrayList<>();
		List<MeetingMember> members = new ArrayList<>();
		List<List<MeetingWish>> wished = new ArrayList<>();
		for (Registration registration : holding) {
			if (registration.getKind() == RegistrationKind.ORGANISATION) {
				Organisation company = companies.get(registration.getOrganisationId());
				tables.add(new MeetingTable(registration.getId(), registration.getName(),
						registration.getOrganisationId(), (company != null) ? company.getName() : null));
			}
			else {
				members.add(
						new MeetingMember(registration.getId(), registration.getPublicId(), registration.getName(), 0));
				wished.add(registration.getMeetingWishes());
			}
		}
		return new People(tables, members, wishes(tables, wished, companies));
	}

	/**
	 * The wishes as the tables that meet them; a wish that no table present meets (a
	 * sector nobody came from) does not count.
	 */
	private static List<Wish> wishes(List<MeetingTable> tables, List<List<MeetingWish>> wished,
			Map<Long, Organisation> companies) {
		List<Wish> wishes = new ArrayList<>();
		for (int p = 0; p < wished.size(); p++) {
			for (MeetingWish wish : wished.get(p)) {
				Set<Integer> meeting = new HashSet<>();
				for (int t = 0; t < tables.size(); t++) {
					Long company = tables.get(t).getOrganisationId();
					Organisation organisation = (company != null) ? companies.get(company) : null;
					boolean meets = (wish.organisationId() != null) ? wish.organisationId().equals(company)
							: organisation != null && wish.sector() == organisation.getSector();
					if (meets) {
						meeting.add(t);
					}
				}
				if (!meeting.isEmpty()) {
					wishes.add(new Wish(p, meeting));
				}
			}
		}
		return wishes;
	}

	private List<Wish> wishesOf(SpeedMeetingSchedule schedule) {
		Map<Long, Registration> byId = new java.util.HashMap<>();
		this.events.holdingPlaces(schedule.getSessionId()).forEach((r) -> byId.put(r.getId(), r));
		Map<Long, Organisation> companies = this.organisations.byIds(schedule.getTables()
			.stream()
			.map(MeetingTable::getOrganisationId)
			.filter(Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		List<List<MeetingWish>> wished = schedule.getMembers().stream().map((member) -> {
			Registration registration = byId.get(member.getRegistrationId());
			return (registration != null) ? registration.getMeetingWishes() : List.<MeetingWish>of();
		}).toList();
		return wishes(schedule.getTables(), wished, companies);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
