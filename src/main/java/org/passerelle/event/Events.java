package org.passerelle.event;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.SearchText;
import org.passerelle.shared.KeptCounts;
import org.passerelle.shared.KeptPerKey;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.QueryParameters;

/**
 * What the pages and the other modules read of events, each as its reader may see it
 * ({@link EventPermissions}). A list page costs the same few statements whatever its
 * length: one for the page's ids, one to count, one for the events and their sessions,
 * and one per collection for the whole page.
 */
@Service
@Transactional(readOnly = true)
public class Events {

	/** The longest page of a search that is kept. */
	private static final int KEPT_PAGE_SIZE = 100;

	private final EntityManager entityManager;

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	private final Clock clock;

	/** The list's filter choices, kept until an event or a session is written. */
	private final KeptUntilChange<List<String>> labels;

	private final KeptUntilChange<List<String>> cities;

	/**
	 * The lists' counts by query and parameters (the reader's drafts and today among
	 * them), kept until anything is written: the count reads every event the filter
	 * finds, several times the page's own work.
	 */
	private final KeptCounts<CountKey> counts = new KeptCounts<>();

	private final KeptPerKey<PageKey, List<Event>> pages = new KeptPerKey<>(Duration.ofMinutes(1));

	Events(EntityManager entityManager, EventRepository events, RegistrationRepository registrations,
			EventPermissions permissions, Optional<Clock> clock) {
		this.entityManager = entityManager;
		this.events = events;
		this.registrations = registrations;
		this.permissions = permissions;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.labels = new KeptUntilChange<>(Duration.ofMinutes(1), () -> List.copyOf(events.labels()), Event.class);
		this.cities = new KeptUntilChange<>(Duration.ofMinutes(1), () -> List.copyOf(events.cities()), Session.class);
	}

	/** Today in Paris. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Session.PARIS);
	}

	/** The event, if this person may see it; not found otherwise. */
	public Event find(long id, @Nullable PasserelleUser reader) {
		Event event = this.events.findById(id).orElseThrow(() -> new NotFoundException("Event", id));
		if (!this.permissions.canSee(event, reader)) {
			throw new NotFoundException("Event", id);
		}
		return event.loadCollections();
	}

	/**
	 * The events this person finds, upcoming ones by their first day, past ones latest
	 * first.
	 */
	public Page<Event> search(EventFilter filter, Pageable pageable, @Nullable PasserelleUser reader) {
		return search(filter, pageable, reader, true);
	}

	/**
	 * The search, counted only when {@code counted} (the total is the page's size
	 * otherwise).
	 */
	private Page<Event> search(EventFilter filter, Pageable pageable, @Nullable PasserelleUser reader,
			boolean counted) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		Set<Long> drafts = this.permissions.draftsFoundFor(reader);
		if (drafts != null) {
			params.put("draft", EventStatus.DRAFT);
			if (drafts.isEmpty()) {
				where.append(" and e.status <> :draft");
			}
			else {
				where.append(" and (e.status <> :draft or exists (select 1 from Event o join o.organiserIds oi"
						+ " where o.id = e.id and oi in :own))");
				params.put("own", drafts);
			}
		}
		// the first and last session days kept on the event (V17): upcoming events, and
		// those
		// without a session yet, through the index on last_day; past ones the same
		params.put("today", today());
		where.append(filter.past() ? " and e.lastDay < :today" : " and (e.lastDay >= :today or e.lastDay is null)");
		// each word of the search, without regard to accents or case ("evenement" finds
		// "Événement"), in a title or a description
		List<String> words = SearchText.words(filter.q());
		for (int i = 0; i < words.size(); i++) {
			String word = ":q" + i;
			where.append(" and (function('event_search_name' as String, e.titleFr) like " + word
					+ " or function('event_search_name' as String, e.titleEn) like " + word
					+ " or function('event_search_name' as String, e.descriptionFr) like " + word
					+ " or function('event_search_name' as String, e.descriptionEn) like " + word + ")");
			params.put("q" + i, "%" + words.get(i) + "%");
		}
		if (filter.kind() != null) {
			where.append(" and e.kind = :kind");
			params.put("kind", filter.kind());
		}
		if (filter.pillar() != null) {
			where.append(" and :pillar member of e.pillarIds");
			params.put("pillar", filter.pillar());
		}
		if (filter.label() != null) {
			where.append(" and :label member of e.labels");
			params.put("label", filter.label());
		}
		if (filter.organiser() != null) {
			where.append(" and :organiser member of e.organiserIds");
			params.put("organiser", filter.organiser());
		}
		if (filter.audience() != null) {
			where.append(" and :audience member of e.audiences");
			params.put("audience", filter.audience());
		}
		if (filter.sector() != null) {
			where.append(" and :sector member of e.sectors");
			params.put("sector", filter.sector());
		}
		if (filter.month() != null) {
			where.append(" and exists (select 1 from Session s where s.event = e and s.day between :from and :to)");
			params.put("from", filter.month().atDay(1));
			params.put("to", filter.month().atEndOfMonth());
		}
		if (filter.city() != null) {
			where.append(" and exists (select 1 from Session s where s.event = e and lower(s.city) = lower(:city))");
			params.put("city", filter.city());
		}
		String order = filter.past() ? " order by e.lastDay desc, e.id desc" : " order by e.firstDay, e.id";
		TypedQuery<Long> ids = this.entityManager.createQuery("select e.id from Event e" + where + order, Long.class);
		TypedQuery<Long> count = this.entityManager.createQuery("select count(e) from Event e" + where, Long.class);
		params.forEach((name, value) -> {
			QueryParameters.bind(ids, name, value);
			QueryParameters.bind(count, name, value);
		});
		CountKey search = new CountKey(where.toString(), Map.copyOf(params));
		// the page's events kept with the count, until something is written (a minute at
		// most): each request read the page's ids, the events and their sessions,
		// organisers, pillars... again (issue 13: 30 % of /events signed in); not the
		// feeds' long pages, kept rendered (EventFeeds)
		Supplier<List<Event>> read = () -> List.copyOf(inOrder(
				ids.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()));
		List<Event> page = (pageable.getPageSize() <= KEPT_PAGE_SIZE)
				? this.pages.get(new PageKey(search, pageable.getOffset(), pageable.getPageSize()), read) : read.get();
		// no count when the page itself tells the total (a first page that is not full)
		return PageableExecutionUtils.getPage(page, pageable, counted
				? () -> this.counts.get(search, count::getSingleResult) : () -> pageable.getOffset() + page.size());
	}

	private record CountKey(String where, Map<String, Object> params) {
	}

	/** A page of a search: the search, the page's offset and size. */
	private record PageKey(CountKey search, long offset, int size) {
	}

	/**
	 * The most days between the first and last sessions of any event (the last entry of
	 * its index).
	 */
	private int longestSpan() {
		return ((Number) this.entityManager.createNativeQuery("select coalesce(max(span_days), 0) from event")
			.getSingleResult()).intValue();
	}

	private List<Event> inOrder(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// the sessions come with loadSummary, a hundred events' at a time (@BatchSize);
		// joined here, each event's descriptions would come again on each session's row
		Map<Long, Event> byId = this.events.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		List<Event> ordered = new ArrayList<>();
		// lists and the feed show no session's programme
		ids.forEach((id) -> ordered.add(byId.get(id).loadSummary()));
		return ordered;
	}

	/**
	 * The next published events, soonest first (the landing and home pages): a page of
	 * the upcoming events, kept as the lists' pages are.
	 */
	public List<Event> next(int count) {
		return search(EventFilter.upcoming(), org.springframework.data.domain.PageRequest.of(0, count), null, false)
			.getContent()
			.stream()
			.filter((event) -> event.getStatus() == EventStatus.PUBLISHED)
			.toList();
	}

	/**
	 * The events an organisation took part in (organised, partnered, or had employees
	 * registered to) that this person may see, latest first.
	 */
	public List<Event> tookPartIn(long organisationId, @Nullable PasserelleUser reader) {
		List<Long> ids = new ArrayList<>(this.registrations.eventsOf(organisationId));
		ids.addAll(this.entityManager
			.createQuery("select e.id from Event e join e.organiserIds o where o = :o "
					+ "union select e.id from Event e join e.partnerIds p where p = :o", Long.class)
			.setParameter("o", organisationId)
			.getResultList());
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.events.findAllById(ids.stream().distinct().toList())
			.stream()
			.filter((event) -> this.permissions.canSee(event, reader))
			.map(Event::loadCollections)
			.sorted(Comparator
				.comparing((Event event) -> event.firstSession().map(Session::getDay).orElse(LocalDate.MAX))
				.reversed())
			.toList();
	}

	/** The labels given to events, for the list's filter. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<String> labels() {
		return this.labels.get();
	}

	/** The cities of sessions, for the list's filter. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<String> cities() {
		return this.cities.get();
	}

	/** The registrations of a session, in arrival order (for its editors). */
	public List<Registration> registrationsOf(Event event, long sessionId, PasserelleUser reader) {
		if (!this.permissions.canSeeRegistrations(event, reader)) {
			throw new org.springframework.security.access.AccessDeniedException("Organisers only");
		}
		event.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
		return this.registrations.ofSession(sessionId);
	}

	/**
	 * The registrations of a session that hold a place, in arrival order, for the modules
	 * that plan the session (matchmaking): the caller checks who may see them.
	 */
	public List<Registration> holdingPlaces(long sessionId) {
		return this.registrations.ofSession(sessionId)
			.stream()
			.filter((registration) -> registration.getStatus().holdsPlace())
			.toList();
	}

	/** The liaison's organisation's registrations to an event, by session. */
	public List<Registration> ofMyOrganisation(Event event, PasserelleUser liaison) {
		if (!this.permissions.canSeeOwnRegistrations(event, liaison)) {
			throw new org.springframework.security.access.AccessDeniedException("Liaisons only");
		}
		return this.registrations.ofOrganisation(event.getId(), liaison.getOrganisationId());
	}

	/** A registration by its public id, with its session and event. */
	public Registration registration(java.util.UUID publicId) {
		return this.registrations.findByPublicId(publicId)
			.orElseThrow(() -> new NotFoundException("Registration", publicId));
	}

}
