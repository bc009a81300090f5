package org.passerelle.convention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.PeopleNames;
import org.passerelle.shared.NameOrder;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.KeptCounts;
import org.passerelle.shared.KeptPerKey;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * What other modules and the pages may ask about conventions, each answer limited to what
 * the reader may see: administrators see every convention, others the conventions their
 * organisation is party to and the public summary of public ones.
 */
@Service
@Transactional(readOnly = true)
public class Conventions {

	/** The most rows a CSV export holds. */
	public static final int EXPORT_LIMIT = 10_000;

	static final List<ConventionStatus> IN_FORCE = List.of(ConventionStatus.SIGNED, ConventionStatus.ACTIVE);

	private final ConventionRepository conventions;

	private final HistoryRepository history;

	private final DocumentRepository documents;

	private final Organisations organisations;

	private final ConventionSettings settings;

	private final ConventionPermissions permissions;

	private final Clock clock;

	private final ObjectProvider<PeopleNames> people;

	/**
	 * The list's counts by filter, reader's role and organisation, and day, kept until
	 * anything is written: the count reads every convention the filter finds, three times
	 * the page's own work.
	 */
	private final KeptCounts<CountKey> counts = new KeptCounts<>();

	private final KeptPerKey<PageKey, List<ConventionRow>> pages = new KeptPerKey<>(Duration.ofMinutes(1));

	/**
	 * The conventions ending soon that each home page shows, by what they depend on (the
	 * reader's role and organisation, the day), kept until anything is written, a minute
	 * at most (issue 13: a quarter of the staff home's processor time).
	 */
	private final KeptPerKey<WatchKey, List<ConventionRow>> endingSoon = new KeptPerKey<>(Duration.ofMinutes(1));

	Conventions(ConventionRepository conventions, HistoryRepository history, DocumentRepository documents,
			Organisations organisations, ConventionSettings settings, ConventionPermissions permissions,
			Optional<Clock> clock, ObjectProvider<PeopleNames> people) {
		this.people = people;
		this.permissions = permissions;
		this.conventions = conventions;
		this.history = history;
		this.documents = documents;
		this.organisations = organisations;
		this.settings = settings;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** Today, where the offices are. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.settings.zone());
	}

	/** The last day the renewal watch looks at. */
	public LocalDate watchHorizon() {
		return today().plusDays(this.settings.renewalWatchDays());
	}

	/** A page of the conventions the reader may see, filtered, by title. */
	public Page<ConventionRow> search(ConventionFilter filter, Pageable pageable, PasserelleUser reader) {
		return search(filter, pageable, reader, true);
	}

	/**
	 * A page of the list; when {@code kept}, its rows are kept with the count until
	 * something is written, a minute at most ({@link KeptPerKey}): each request read the
	 * page's conventions, their parties, pillars and organisations' names again (issue
	 * 13: with PostgreSQL's share, half of the machine's time on a pillar's conventions).
	 */
	private Page<ConventionRow> search(ConventionFilter filter, Pageable pageable, PasserelleUser reader,
			boolean kept) {
		Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("title", "edition", "id"));
		Specification<Convention> specification = specification(filter, reader);
		CountKey search = new CountKey(filter, reader.getRole(), reader.getOrganisationId(), today());
		Supplier<List<ConventionRow>> rows = () -> List
			.copyOf(rows(this.conventions.findBy(specification, (query) -> query.slice(sorted)).getContent()));
		return PageableExecutionUtils.getPage(kept ? this.pages.get(new PageKey(search, sorted), rows) : rows.get(),
				sorted, () -> this.counts.get(search, () -> this.conventions.count(specification)));
	}

	/** A page of a search: what its count depends on, the page's number and size. */
	private record PageKey(CountKey search, Pageable pageable) {
	}

	/**
	 * What a count depends on: what the reader may see follows their role and
	 * organisation.
	 */
	private record CountKey(ConventionFilter filter, Role role, @Nullable Long organisationId, LocalDate today) {
	}

	/** All the conventions the reader may see, filtered (up to {@link #EXPORT_LIMIT}). */
	public List<ConventionRow> export(ConventionFilter filter, PasserelleUser reader) {
		return search(filter, PageRequest.of(0, EXPORT_LIMIT), reader, false).getContent();
	}

	/** Everything the reader may see of one convention. */
	public ConventionSheet sheet(long id, PasserelleUser reader) {
		Convention convention = this.conventions.findById(id)
			.filter((found) -> this.permissions.canSeeSummary(found, reader))
			.orElseThrow(() -> new org.passerelle.shared.NotFoundException("Convention", id));
		boolean full = this.permissions.canSeeWhole(convention, reader);
		Set<Long> organisationIds = new HashSet<>();
		convention.getParties().forEach((party) -> organisationIds.add(party.getOrganisationId()));
		Hibernate.initialize(convention.getPillars());
		List<ConventionDocument> documents = List.of();
		List<HistoryEntry> entries = List.of();
		if (full) {
			convention.getSignatories().forEach((signatory) -> organisationIds.add(signatory.getOrganisationId()));
			for (Axis axis : convention.getAxes()) {
				for (Action action : axis.getActions()) {
					Hibernate.initialize(action.getComments());
				}
			}
			documents = this.documents.findByConventionIdOrderByKindDescCreatedAtAsc(id);
			entries = this.history.findByConventionIdOrderByAtDescIdDesc(id);
		}
		boolean editable = this.permissions.canEdit(convention, reader);
		return new ConventionSheet(convention, this.organisations.names(organisationIds), documents, entries,
				this.conventions.findRenewalIds(id), full, editable, this.permissions.canComment(convention, reader),
				editable ? convention.getStatus().next() : List.of(), names(entries));
	}

	/** The names of the people who made these changes, by the e-mail recorded. */
	private Map<String, String> names(List<HistoryEntry> entries) {
		return PeopleNames.byEmail(this.people, entries.stream().map(HistoryEntry::getActor).distinct().toList());
	}

	/**
	 * The conventions an organisation is party to that the reader may see, newest first,
	 * for the organisation's page.
	 */
	public List<ConventionSummary> forOrganisation(long organisationId, PasserelleUser reader) {
		return summaries(this.conventions.findByParty(organisationId)
			.stream()
			.filter((convention) -> this.permissions.canSeeSummary(convention, reader))
			.toList());
	}

	/**
	 * The public conventions an organisation is party to, newest first, for readers who
	 * are not signed in or not known.
	 */
	public List<ConventionSummary> forOrganisation(long organisationId) {
		return summaries(this.conventions.findByParty(organisationId)
			.stream()
			.filter((convention) -> convention.getConfidentiality() == Confidentiality.PUBLIC
					&& !ConventionPermissions.UNDER_WAY.contains(convention.getStatus()))
			.toList());
	}

	/**
	 * Conventions in force whose end, or last day to give notice, falls within the
	 * renewal watch, soonest first: for administrators all of them, for staff those of
	 * their institution and of its components.
	 */
	public List<ConventionRow> endingSoon(PasserelleUser reader) {
		if (reader.hasRole(Role.LIAISON)) {
			return List.of();
		}
		return this.endingSoon.get(new WatchKey(reader.getRole(), reader.getOrganisationId(), today()),
				() -> List.copyOf(readEndingSoon(reader)));
	}

	private record WatchKey(Role role, @Nullable Long organisationId, LocalDate today) {
	}

	private List<ConventionRow> readEndingSoon(PasserelleUser reader) {
		ConventionFilter filter = new ConventionFilter(null, null, null, null, null, null, true);
		Specification<Convention> specification = specification(filter, reader);
		if (!reader.hasRole(Role.ADMIN)) {
			Set<Long> own = this.permissions.actingFor(reader);
			if (own.isEmpty()) {
				return List.of();
			}
			specification = specification.and((root, query, cb) -> ConventionPermissions.hasPartyAmong(root, query, cb,
					own, PartyRole.INSTITUTION));
		}
		Page<Convention> page = this.conventions.findAll(specification,
				PageRequest.of(0, 20, Sort.by("watchOn", "id")));
		return rows(page.getContent());
	}

	private List<ConventionSummary> summaries(List<Convention> found) {
		found.forEach((convention) -> Hibernate.initialize(convention.getPillars()));
		return found.stream()
			.map((convention) -> new ConventionSummary(convention.getId(), convention.getTitle(),
					convention.getStatus(), convention.getPillars().stream().map(Pillar::getNameFr).toList(),
					convention.getPillars().stream().map(Pillar::getNameEn).toList(), convention.getEndsOn()))
			.toList();
	}

	private List<ConventionRow> rows(List<Convention> found) {
		Set<Long> organisationIds = new HashSet<>();
		found.forEach((convention) -> convention.getParties()
			.forEach((party) -> organisationIds.add(party.getOrganisationId())));
		found.forEach((convention) -> Hibernate.initialize(convention.getPillars()));
		Map<Long, String> names = this.organisations.names(organisationIds);
		List<ConventionRow> rows = new ArrayList<>();
		for (Convention convention : found) {
			rows.add(new ConventionRow(convention.getId(), convention.getTitle(), convention.getReference(),
					convention.getEdition(), convention.getStatus(), convention.getConfidentiality(),
					convention.getStartsOn(), convention.getEndsOn(), convention.isOpenEnded(),
					convention.isTacitRenewal(), convention.getWatchOn(), names(convention.institutionIds(), names),
					names(convention.partnerIds(), names), convention.getPillars()));
		}
		return rows;
	}

	private static List<String> names(Collection<Long> ids, Map<Long, String> names) {
		return ids.stream()
			.map((id) -> Optional.ofNullable(names.get(id)).orElse("#" + id))
			.sorted(NameOrder.by(Function.identity()))
			.toList();
	}

	private Specification<Convention> specification(ConventionFilter filter, PasserelleUser reader) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(this.permissions.findable(root, query, cb, reader));
			if (filter.q() != null && !filter.q().isBlank()) {
				for (String word : filter.q().strip().toLowerCase(Locale.ROOT).split("\\s+")) {
					String like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
					predicates.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
							cb.like(cb.lower(root.get("reference")), like, '\\'),
							cb.like(cb.lower(cb.coalesce(root.get("summary"), "")), like, '\\')));
				}
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			if (filter.pillar() != null) {
				// correlated: PostgreSQL reads convention_pillar alone, without joining
				// convention again
				Subquery<Long> withPillar = query.subquery(Long.class);
				Join<Convention, Pillar> pillar = withPillar.correlate(root).join("pillars");
				withPillar.select(pillar.get("id")).where(cb.equal(pillar.get("id"), filter.pillar()));
				predicates.add(cb.exists(withPillar));
			}
			if (filter.partners() != null) {
				predicates.add(filter.partners().isEmpty() ? cb.disjunction()
						: ConventionPermissions.hasPartyAmong(root, query, cb, filter.partners(), PartyRole.PARTNER));
			}
			if (filter.institutions() != null) {
				predicates.add(filter.institutions().isEmpty() ? cb.disjunction() : ConventionPermissions
					.hasPartyAmong(root, query, cb, filter.institutions(), PartyRole.INSTITUTION));
			}
			if (filter.year() != null) {
				LocalDate first = LocalDate.of(filter.year(), 1, 1);
				predicates.add(cb.lessThanOrEqualTo(root.get("startsOn"), first.withDayOfYear(first.lengthOfYear())));
				predicates
					.add(cb.or(cb.isNull(root.get("endsOn")), cb.greaterThanOrEqualTo(root.get("endsOn"), first)));
			}
			if (filter.endingSoon()) {
				predicates.add(root.get("status").in(IN_FORCE));
				predicates.add(cb.between(root.get("watchOn"), today(), watchHorizon()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
