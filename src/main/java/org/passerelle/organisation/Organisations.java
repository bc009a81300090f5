package org.passerelle.organisation;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.KeptUntilChange;

/**
 * What other modules may ask of the directory.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	/** Kept for the lists' filters and the figures until an organisation is written. */
	private final KeptUntilChange<List<Organisation>> institutions;

	/** The active components of each institution, by the institution's id. */
	private final KeptUntilChange<Map<Long, List<Long>>> components;

	Organisations(OrganisationRepository organisations, EntityManager entityManager, JdbcClient jdbc) {
		this.organisations = organisations;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.institutions = new KeptUntilChange<>(Duration.ofMinutes(1),
				() -> List.copyOf(organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.institutions())),
				Organisation.class);
		this.components = new KeptUntilChange<>(Duration.ofMinutes(1), () -> organisations
			.findActiveIdsWithParentIdAndKindIn(OrganisationKind.institutions())
			.stream()
			.collect(Collectors.collectingAndThen(Collectors.groupingBy((row) -> (Long) row[1],
					Collectors.mapping((row) -> (Long) row[0], Collectors.toUnmodifiableList())), Map::copyOf)),
				Organisation.class);
	}

	public Optional<Organisation> find(long id) {
		return this.organisations.findById(id);
	}

	/**
	 * The organisation to show by its name: an active institution from the kept list (see
	 * {@link #institutions()}) without a query, any other read from the database. Read
	 * it, do not change it.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Organisation> findToShow(long id) {
		for (Organisation institution : institutions()) {
			if (Long.valueOf(id).equals(institution.getId())) {
				return Optional.of(institution);
			}
		}
		return find(id);
	}

	public Optional<Organisation> findByName(String name) {
		return this.organisations.findFirstByNameIgnoreCase(name);
	}

	/**
	 * Active institutions, by name: the choices for a staff member's office (kept until
	 * an organisation changes: read them, do not change them).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Organisation> institutions() {
		return this.institutions.get();
	}

	/**
	 * The ids of an institution's active components (institutions whose parent it is),
	 * kept with every institution's until an organisation changes.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Long> componentIds(long institutionId) {
		return this.components.get().getOrDefault(institutionId, List.of());
	}

	/**
	 * The first {@code limit} active partner organisations with a sector, by name: one
	 * bounded read, whatever the size of the directory.
	 */
	public List<Organisation> partnersWithSector(int limit) {
		return this.organisations.findByActiveTrueAndKindInAndSectorNotNullOrderByName(OrganisationKind.partners(),
				PageRequest.of(0, limit));
	}

	/** The ids of the active partner organisations: no organisation is read whole. */
	public List<Long> partnerIds() {
		return this.organisations.findActiveIdsByKindIn(OrganisationKind.partners());
	}

	/**
	 * The names of the organisations of these ids, by id: for pages that show only their
	 * names, without reading the rest of each organisation.
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			// one array parameter: one statement whatever the number of ids, where
			// Hibernate
			// translated its "in" list again for each new number of ids (issue 13)
			this.jdbc.sql("select id, name from organisation where id = any(?)")
				.param(ids.toArray(Long[]::new))
				.query((RowCallbackHandler) (rs) -> names.put(rs.getLong("id"), rs.getString("name")));
		}
		return names;
	}

	public Map<Long, Organisation> byIds(Collection<Long> ids) {
		return this.organisations.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	/**
	 * A form's organisation picker: the organisations chosen and, when {@code query} has
	 * words, the active ones of {@code group} ({@code null}: all) it finds by name, short
	 * name, city or SIREN, in one query through the trigram index.
	 */
	public OrganisationPicker picker(Collection<Long> chosenIds, @Nullable String query,
			OrganisationSearch.@Nullable Group group) {
		java.util.Comparator<Organisation> order = org.passerelle.shared.NameOrder.by(Organisation::getName);
		List<Organisation> chosen = byIds(chosenIds).values().stream().sorted(order).toList();
		if (query == null || SearchText.words(query).isEmpty()) {
			return new OrganisationPicker(chosen, null, query);
		}
		OrganisationSearch search = new OrganisationSearch(query.strip(), null, group, null, null, null, null, false);
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Organisation> criteria = builder.createQuery(Organisation.class);
		Root<Organisation> root = criteria.from(Organisation.class);
		criteria.select(root)
			.where(OrganisationSpecifications.matching(search, false).toPredicate(root, criteria, builder));
		List<Organisation> found = this.entityManager.createQuery(criteria)
			.setMaxResults(OrganisationPicker.FOUND_SHOWN + chosenIds.size())
			.getResultList()
			.stream()
			.filter((organisation) -> organisation.isActive() && !chosenIds.contains(organisation.getId()))
			.sorted(order)
			.limit(OrganisationPicker.FOUND_SHOWN)
			.toList();
		return new OrganisationPicker(chosen, found, query.strip());
	}

	/**
	 * The ids of up to {@code limit} organisations that the directory's search finds for
	 * this text (name, short name, city or SIREN, without regard to accents or case),
	 * deactivated ones included, in one query through the trigram index: for filters on
	 * organisations in other modules' lists. Ask for one more than you can use to know
	 * whether the text was too vague.
	 */
	public List<Long> idsMatching(String text, OrganisationSearch.Group group, int limit) {
		OrganisationSearch search = new OrganisationSearch(text, null, group, null, null, null, null, true);
		CriteriaBuilder builder = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = builder.createQuery(Long.class);
		Root<Organisation> root = query.from(Organisation.class);
		query.select(root.get("id"))
			.where(OrganisationSpecifications.matching(search, false).toPredicate(root, query, builder));
		return this.entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

}
