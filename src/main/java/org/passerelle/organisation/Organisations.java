package org.passerelle.organisation;

import java.util.Collection;
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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the directory.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository organisations;

	private final EntityManager entityManager;

	Organisations(OrganisationRepository organisations, EntityManager entityManager) {
		this.organisations = organisations;
		this.entityManager = entityManager;
	}

	public Optional<Organisation> find(long id) {
		return this.organisations.findById(id);
	}

	public Optional<Organisation> findByName(String name) {
		return this.organisations.findFirstByNameIgnoreCase(name);
	}

	/** Active institutions, by name: the choices for a staff member's office. */
	public List<Organisation> institutions() {
		return this.organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.institutions());
	}

	/**
	 * The ids of an institution's active components (institutions whose parent it is), in
	 * one query.
	 */
	public List<Long> componentIds(long institutionId) {
		return this.organisations.findActiveIdsByParentIdAndKindIn(institutionId, OrganisationKind.institutions());
	}

	/** Active partner organisations, by name: the choices for a liaison's company. */
	public List<Organisation> partners() {
		return this.organisations.findByActiveTrueAndKindInOrderByName(OrganisationKind.partners());
	}

	/** The named organisations, by id, in one query. */
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
