package org.passerelle.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.event.Event;
import org.passerelle.event.Events;
import org.passerelle.event.Registration;
import org.passerelle.event.RegistrationKind;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;

/**
 * The workshops of a session: defining them, participants ranking them (up to three
 * choices), and placing everyone exactly ({@link Placement}).
 */
@Service
@Transactional
public class Workshops {

	/** How many workshops a participant ranks at most. */
	public static final int CHOICES = 3;

	private final WorkshopRepository workshops;

	private final Events events;

	private final MatchmakingPermissions permissions;

	private final JdbcClient jdbc;

	Workshops(WorkshopRepository workshops, Events events, MatchmakingPermissions permissions, JdbcClient jdbc) {
		this.workshops = workshops;
		this.events = events;
		this.permissions = permissions;
		this.jdbc = jdbc;
	}

	/** The session's workshops, in the order they were added. */
	@Transactional(readOnly = true)
	public List<Workshop> of(long sessionId) {
		return this.workshops.findBySessionIdOrderById(sessionId);
	}

	/**
	 * Adds a workshop to the session.
	 * @throws MatchmakingRefusedException if the title is taken or the capacity not
	 * positive
	 */
	public Workshop add(Event event, long sessionId, String title, int capacity, @Nullable PasserelleUser user) {
		requireManager(event, user);
		event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		if (this.workshops.existsBySessionIdAndTitleIgnoreCase(sessionId, title.strip())) {
			throw new MatchmakingRefusedException("matchmaking.refused.workshopExists");
		}
		return this.workshops.save(new Workshop(sessionId, event.getId(), title, capacity));
	}

	/** Removes a workshop, with the choices and places made for it. */
	public void remove(Event event, long sessionId, long workshopId, @Nullable PasserelleUser user) {
		requireManager(event, user);
		Workshop workshop = this.workshops.findById(workshopId)
			.filter((found) -> found.getSessionId() == sessionId && found.getEventId() == event.getId())
			.orElseThrow(() -> new NotFoundException("Workshop", workshopId));
		this.workshops.delete(workshop);
	}

	/**
	 * A participant's ranking, best first (the caller checked the link is theirs).
	 * @throws MatchmakingRefusedException if a workshop is ranked twice or is not of the
	 * session
	 */
	public void rank(Registration registration, List<Long> ranking) {
		List<Long> ids = of(registration.getSession().getId()).stream().map(Workshop::getId).toList();
		if (ranking.size() > CHOICES || ranking.stream().distinct().count() != ranking.size()) {
			throw new MatchmakingRefusedException("matchmaking.refused.rankedTwice");
		}
		if (!ids.containsAll(ranking)) {
			throw new NotFoundException("Workshop", ranking);
		}
		this.jdbc.sql("delete from matchmaking_workshop_choice where registration_id = :r")
			.param("r", registration.getId())
			.update();
		for (int i = 0; i < ranking.size(); i++) {
			this.jdbc.sql(
					"insert into matchmaking_workshop_choice (registration_id, workshop_id, choice) values (:r, :w, :c)")
				.param("r", registration.getId())
				.param("w", ranking.get(i))
				.param("c", i + 1)
				.update();
		}
	}

	/** The participant's ranking, best first. */
	@Transactional(readOnly = true)
	public List<Long> rankingOf(long registrationId) {
		return this.jdbc
			.sql("select workshop_id from matchmaking_workshop_choice where registration_id = :r order by choice")
			.param("r", registrationId)
			.query(Long.class)
			.list();
	}

	/** The workshop the participant was placed in, if any. */
	@Transactional(readOnly = true)
	public @Nullable Workshop placeOf(long registrationId) {
		return this.jdbc.sql("select workshop_id from matchmaking_workshop_place where registration_id = :r")
			.param("r", registrationId)
			.query(Long.class)
			.optional()
			.flatMap(this.workshops::findById)
			.orElse(null);
	}

	/**
	 * Places every participant holding a place in the session (anew), and says who is
	 * where.
	 * @throws MatchmakingRefusedException if the session has no workshop
	 */
	public WorkshopResult assign(Event event, long sessionId, @Nullable PasserelleUser user) {
		requireManager(event, user);
		List<Workshop> list = of(sessionId);
		if (list.isEmpty()) {
			throw new MatchmakingRefusedException("matchmaking.refused.noWorkshop");
		}
		List<Registration> people = participants(sessionId);
		Map<Long, Integer> index = new HashMap<>();
		for (int w = 0; w < list.size(); w++) {
			index.put(list.get(w).getId(), w);
		}
		Map<Long, List<Long>> choices = choices(sessionId);
		List<List<Integer>> rankings = new ArrayList<>();
		for (Registration person : people) {
			rankings.add(choices.getOrDefault(person.getId(), List.of()).stream().map(index::get).toList());
		}
		Placement placement = Placement.of(list.stream().mapToInt(Workshop::getCapacity).toArray(), rankings);
		this.jdbc.sql("delete from matchmaking_workshop_place where session_id = :s").param("s", sessionId).update();
		for (int p = 0; p < people.size(); p++) {
			int w = placement.workshopOf(p);
			if (w != Placement.NONE) {
				this.jdbc
					.sql("insert into matchmaking_workshop_place (registration_id, workshop_id, session_id, choice) "
							+ "values (:r, :w, :s, :c)")
					.param("r", people.get(p).getId())
					.param("w", list.get(w).getId())
					.param("s", sessionId)
					.param("c", placement.rankOf(p))
					.update();
			}
		}
		return result(sessionId);
	}

	/** Who is where (nobody yet if not assigned). */
	@Transactional(readOnly = true)
	public WorkshopResult result(long sessionId) {
		List<Workshop> list = of(sessionId);
		List<Registration> people = participants(sessionId);
		Map<Long, long[]> places = new HashMap<>();
		this.jdbc
			.sql("select registration_id, workshop_id, choice from matchmaking_workshop_place where session_id = :s")
			.param("s", sessionId)
			.query((rs, row) -> places.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getInt(3) }))
			.list();
		Map<Long, List<WorkshopResult.Placed>> byWorkshop = new LinkedHashMap<>();
		list.forEach((workshop) -> byWorkshop.put(workshop.getId(), new ArrayList<>()));
		List<WorkshopResult.Placed> unplaced = new ArrayList<>();
		int[] byChoice = new int[CHOICES];
		for (Registration person : people) {
			long[] place = places.get(person.getId());
			WorkshopResult.Placed placed = new WorkshopResult.Placed(person.getId(), person.getName(),
					person.getEmail(), (place != null) ? (int) place[1] : 0);
			if (place != null && byWorkshop.containsKey(place[0])) {
				byWorkshop.get(place[0]).add(placed);
				if (place[1] > 0) {
					byChoice[(int) place[1] - 1]++;
				}
			}
			else {
				unplaced.add(placed);
			}
		}
		List<WorkshopResult.WorkshopList> lists = list.stream()
			.map((workshop) -> new WorkshopResult.WorkshopList(workshop, byWorkshop.get(workshop.getId())))
			.toList();
		return new WorkshopResult(lists, unplaced, people.size(), byChoice);
	}

	private List<Registration> participants(long sessionId) {
		return this.events.holdingPlaces(sessionId)
			.stream()
			.filter((registration) -> registration.getKind() == RegistrationKind.PARTICIPANT)
			.toList();
	}

	private Map<Long, List<Long>> choices(long sessionId) {
		Map<Long, List<Long>> choices = new HashMap<>();
		this.jdbc
			.sql("select c.registration_id, c.workshop_id from matchmaking_workshop_choice c "
					+ "join matchmaking_workshop w on w.id = c.workshop_id where w.session_id = :s "
					+ "order by c.registration_id, c.choice")
			.param("s", sessionId)
			.query((rs, row) -> choices.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return choices;
	}

	private void requireManager(Event event, @Nullable PasserelleUser user) {
		if (!this.permissions.canManage(event, user)) {
			throw new AccessDeniedException("Organisers only");
		}
	}

}
