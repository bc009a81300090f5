package org.passerelle.organisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptCounts;
import org.passerelle.shared.KeptPerKey;
import org.passerelle.shared.KeptUntilChange;
import org.passerelle.shared.NotFoundException;

/**
 * The directory as its pages use it: search, profiles, and the changes staff make, each
 * recorded in the organisation's history.
 */
@Service
@Transactional
public class OrganisationDirectory {

	/** How many members of a cluster its page lists. */
	public static final int MEMBERS_SHOWN = 20;

	private static final int HISTORY_SHOWN = 50;

	private final OrganisationRepository organisations;

	private final KeyFiguresRepository figures;

	private final OrganisationChangeRepository changes;

	private final History history;

	private final EntityManager entityManager;

	private final DuplicateCandidates duplicates;

	private final KeptUntilChange<List<Organisation>> clusters;

	private final KeptCounts<OrganisationSearch> counts = new KeptCounts<>(Organisation.class);

	private final KeptPerKey<PageKey, List<Long>> pages = new KeptPerKey<>(Duration.ofMinutes(1), Organisation.class);

	OrganisationDirectory(OrganisationRepository organisations, KeyFiguresRepository figures,
			OrganisationChangeRepository changes, History history, EntityManager entityManager,
			DuplicateCandidates duplicates) {
		this.duplicates = duplicates;
		this.clusters = new KeptUntilChange<>(Duration.ofMinutes(1),
				() -> List
					.copyOf(organisations.findByActiveTrueAndKindInOrderByName(List.of(OrganisationKind.CLUSTER))),
				Organisation.class);
		this.organisations = organisations;
		this.figures = figures;
		this.changes = changes;
		this.history = history;
		this.entityManager = entityManager;
	}

	/**
	 * One page of the directory (with the parent fetched), whatever the directory's size:
	 * the page query, and a count query unless that search's count is kept. The page's
	 * organisations (their ids) and the search's count are kept until an organisation is
	 * written ({@link KeptPerKey}, {@link KeptCounts}: at most a minute for the writes of
	 * another instance of the portal): a search by words reads every organisation that
	 * has them through the trigram index and sorts them all for its twenty rows (8 ms of
	 * PostgreSQL for "provence" on the large dataset, issue 13), and the count as much
	 * again; a kept page reads its twenty organisations by their ids.
	 */
	@Transactional(readOnly = true)
	public Page<Organisation> search(OrganisationSearch search, Pageable pageable) {
		Pageable stable = pageable.getSort().getOrderFor("id") != null ? pageable : PageRequest
			.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id")));
		List<List<Organisation>> made = new ArrayList<>(1);
		List<Long> ids = this.pages.get(new PageKey(search, stable), () -> {
			made.add(slice(search, stable).getContent());
			return made.get(0).stream().map(Organisation::getId).toList();
		});
		List<Organisation> content = made.isEmpty() ? inOrder(ids) : made.get(0);
		return PageableExecutionUtils.getPage(content, stable, () -> count(search));
	}

	private Slice<Organisation> slice(OrganisationSearch search, Pageable stable) {
		if (SearchText.words(search.text()).isEmpty()) {
			return this.organisations.findBy(OrganisationSpecifications.matching(search, true),
					(query) -> query.slice(stable));
		}
		// Words to find: the trigram index finds the rows that have them, then
		// PostgreSQL sorts those. Ordered by the name itself, it would rather walk
		// the name index in order, testing every row, as if matches were spread
		// evenly through the alphabet (on the large dataset: 96 ms instead of 16).
		return this.organisations.findBy(
				OrganisationSpecifications.matching(search, true)
					.and(OrganisationSpecifications.orderedWithoutNameIndex(stable.getSort())),
				(query) -> query.slice(PageRequest.of(stable.getPageNumber(), stable.getPageSize())));
	}

	/**
	 * The organisations of a kept page, in its order (an organisation gone since: left
	 * out).
	 */
	private List<Organisation> inOrder(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Organisation> byId = new HashMap<>();
		for (Organisation organisation : this.organisations.findWithParentByIdIn(ids)) {
			byId.put(organisation.getId(), organisation);
		}
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** A page of a search: the search, the page's number and size, its order. */
	private record PageKey(OrganisationSearch search, Pageable pageable) {
	}

	private long count(OrganisationSearch search) {
		return this.counts.get(search,
				() -> this.organisations.count(OrganisationSpecifications.matching(search, false)));
	}

	/** Every organisation the search finds, in pages, with tags and clusters loaded. */
	@Transactional(readOnly = true)
	public void forEach(OrganisationSearch search, Sort sort, Consumer<Organisation> action) {
		Pageable page = PageRequest.of(0, 500, sort.and(Sort.by("id")));
		while (true) {
			List<Organisation> chunk = this.organisations
				.findAll(OrganisationSpecifications.matching(search, true), page)
				.getContent();
			chunk.forEach(action);
			if (chunk.size() < page.getPageSize()) {
				return;
			}
			this.entityManager.clear();
			page = page.next();
		}
	}

	@Transactional(readOnly = true)
	public Organisation get(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
	}

	@Transactional(readOnly = true)
	public OrganisationOverview overview(long id) {
		Organisation organisation = this.organisations.findWithProfileById(id)
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		List<Organisation> components = organisation.isInstitution() ? this.organisations.findByParentIdOrderByName(id)
				: List.of();
		List<Organisation> members = List.of();
		long memberCount = 0;
		if (organisation.getKind() == OrganisationKind.CLUSTER) {
			members = this.organisations.findMembers(id, PageRequest.of(0, MEMBERS_SHOWN));
			memberCount = this.organisations.countMembers(id);
		}
		List<KeyFigures> figures = organisation.isInstitution() ? this.figures.findByOrganisationIdOrderByYearDesc(id)
				: List.of();
		return new OrganisationOverview(organisation, components, members, memberCount, figures);
	}

	/** The latest changes to the organisation and its contacts, newest first. */
	@Transactional(readOnly = true)
	public List<OrganisationChange> history(long id) {
		return this.changes.findByOrganisationIdOrderByChangedAtDescIdDesc(id, PageRequest.of(0, HISTORY_SHOWN));
	}

	/**
	 * Active clusters, by name: the choices of the cluster filter and membership (read
	 * for their id and name only), kept until an organisation is written: the directory's
	 * list asks for them on every page (bench/run's large dataset: 103 clusters, a sixth
	 * of the list's processor time).
	 */
	public List<Organisation> clusters() {
		return this.clusters.get();
	}

	/** Active institutions, by name: the choices of a component's parent. */
	@Transactional(readOnly = true)
	public List<Organisation> institutions() {
		return this.organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.institutions());
	}

	public Organisation create(OrganisationDetails details) {
		checkUniqueIdentifiers(details.establishment(), null);
		Organisation organisation = new Organisation(details.name(), details.kind(), null);
		Map<String, String> before = Map.of();
		organisation.update(details, parent(details), clusters(details));
		this.organisations.saveAndFlush(organisation);
		this.history.record(organisation.getId(), null, ChangeAction.CREATED, before, organisation.snapshot());
		this.duplicates.refresh(List.of(organisation.getId()));
		return organisation;
	}

	public Organisation update(long id, long expectedVersion, OrganisationDetails details) {
		Organisation organisation = loadForChange(id, expectedVersion);
		checkUniqueIdentifiers(details.establishment(), id);
		Map<String, String> before = organisation.snapshot();
		List<@Nullable String> matchedBefore = organisation.matchedBy();
		organisation.update(details, parent(details), clusters(details));
		this.organisations.saveAndFlush(organisation);
		this.history.record(id, null, ChangeAction.UPDATED, before, organisation.snapshot());
		refreshDuplicates(organisation, matchedBefore);
		return organisation;
	}

	public Organisation updateProfile(long id, long expectedVersion, PublicProfile profile) {
		Organisation organisation = loadForChange(id, expectedVersion);
		Map<String, String> before = organisation.snapshot();
		List<@Nullable String> matchedBefore = organisation.matchedBy();
		organisation.updateProfile(profile);
		this.organisations.saveAndFlush(organisation);
		this.history.record(id, null, ChangeAction.UPDATED, before, organisation.snapshot());
		refreshDuplicates(organisation, matchedBefore);
		return organisation;
	}

	/**
	 * Finds the organisation's probable duplicates again if what they are found by
	 * changed.
	 */
	private void refreshDuplicates(Organisation organisation, List<@Nullable String> matchedBefore) {
		if (!matchedBefore.equals(organisation.matchedBy())) {
			this.duplicates.refresh(List.of(organisation.getId()));
		}
	}

	public void deactivate(long id) {
		Organisation organisation = get(id);
		if (organisation.isActive()) {
			organisation.deactivate();
			this.history.record(id, null, ChangeAction.DEACTIVATED, Map.of(), Map.of());
		}
	}

	public void reactivate(long id) {
		Organisation organisation = get(id);
		if (!organisation.isActive()) {
			organisation.reactivate();
			this.history.record(id, null, ChangeAction.REACTIVATED, Map.of(), Map.of());
		}
	}

	@Transactional(readOnly = true)
	public @Nullable KeyFigures figures(long id, int year) {
		return this.figures.findByOrganisationIdAndYear(id, year).orElse(null);
	}

	/** Saves an institution's figures for a year, replacing those already given. */
	public KeyFigures saveFigures(long id, int year, KeyFigures.Values values) {
		Organisation organisation = get(id);
		if (!organisation.isInstitution()) {
			throw new IllegalArgumentException("Only institutions have key figures");
		}
		KeyFigures figures = this.figures.findByOrganisationIdAndYear(id, year)
			.orElseGet(() -> new KeyFigures(id, year));
		Map<String, String> before = new java.util.LinkedHashMap<>();
		before.put("figures.year", "");
		before.putAll(figures.isNew() ? Map.of() : figures.values().fields());
		figures.update(values);
		this.figures.saveAndFlush(figures);
		Map<String, String> after = new java.util.LinkedHashMap<>();
		after.put("figures.year", String.valueOf(year));
		after.putAll(values.fields());
		this.history.record(id, null, ChangeAction.FIGURES_SAVED, before, after);
		return figures;
	}

	/**
	 * Whether making {@code parentId} the parent of {@code id} would put the organisation
	 * under itself.
	 */
	@Transactional(readOnly = true)
	public boolean wouldBeItsOwnAncestor(long id, long parentId) {
		Organisation current = this.organisations.findById(parentId).orElse(null);
		for (int depth = 0; current != null && depth < 20; depth++) {
			if (current.getId() == id) {
				return true;
			}
			current = current.getParent();
		}
		return current != null;
	}

	private Organisation loadForChange(long id, long expectedVersion) {
		Organisation organisation = this.organisations.findWithProfileById(id)
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		if (organisation.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
		}
		return organisation;
	}

	/**
	 * A SIRET or a UAI belongs to one establishment (a SIREN, to a legal unit that
	 * several share).
	 */
	private void checkUniqueIdentifiers(@Nullable EstablishmentDetails establishment, @Nullable Long id) {
		if (establishment == null) {
			return;
		}
		if (establishment.siret() != null) {
			this.organisations.findBySiret(establishment.siret())
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> {
					throw new DuplicateIdentifierException(Identifier.SIRET, other.getId(), other.getName());
				});
		}
		if (establishment.uai() != null) {
			this.organisations.findByUai(establishment.uai())
				.filter((other) -> !other.getId().equals(id))
				.ifPresent((other) -> {
					throw new DuplicateIdentifierException(Identifier.UAI, other.getId(), other.getName());
				});
		}
	}

	private @Nullable Organisation parent(OrganisationDetails details) {
		if (details.parentId() == null) {
			return null;
		}
		return this.organisations.findById(details.parentId())
			.orElseThrow(() -> new NotFoundException("Organisation", details.parentId()));
	}

	private Set<Organisation> clusters(OrganisationDetails details) {
		return new LinkedHashSet<>(this.organisations.findByIdIn(details.clusterIds()));
	}

}
