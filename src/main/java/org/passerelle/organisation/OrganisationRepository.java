package org.passerelle.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	List<Organisation> findByActiveTrueAndKindInOrderByName(Collection<OrganisationKind> kinds);

	List<Organisation> findByActiveTrueAndKindInAndSectorNotNullOrderByName(Collection<OrganisationKind> kinds,
			Pageable pageable);

	@Query("select o.id from Organisation o where o.active = true and o.kind in :kinds order by o.id")
	List<Long> findActiveIdsByKindIn(Collection<OrganisationKind> kinds);

	@Query("select o.id from Organisation o where o.parent.id = :parentId and o.active = true and o.kind in :kinds")
	List<Long> findActiveIdsByParentIdAndKindIn(long parentId, Collection<OrganisationKind> kinds);

	/** Each active institution under a parent, as its id and its parent's id. */
	@Query("select o.id, o.parent.id from Organisation o where o.parent is not null and o.active = true and o.kind in :kinds")
	List<Object[]> findActiveIdsWithParentIdAndKindIn(Collection<OrganisationKind> kinds);

	Optional<Organisation> findFirstByNameIgnoreCase(String name);

	List<Organisation> findByKindOrderByName(OrganisationKind kind);

	/**
	 * The organisation with its parent, tags and clusters, in one statement. Fetch joins
	 * rather than an entity graph: Hibernate keeps the translation of a query without a
	 * graph, and Spring Data looks a graph up by name first, which throws when there is
	 * none (issue 13: the two took a third of the organisation's page).
	 */
	@Query("select o from Organisation o left join fetch o.parent left join fetch o.tags "
			+ "left join fetch o.clusters where o.id = :id")
	Optional<Organisation> findWithProfileById(long id);

	/** The organisations with their parents, in one statement, in no particular order. */
	@Query("select o from Organisation o left join fetch o.parent where o.id in :ids")
	List<Organisation> findWithParentByIdIn(Collection<Long> ids);

	List<Organisation> findByParentIdOrderByName(long parentId);

	/**
	 * The ids of the organisation's parent, its parent's parent and so on, nearest first,
	 * in one statement; at most {@code depth} of them (a guard against a loop in the
	 * data).
	 */
	@Query(nativeQuery = true, value = """
			with recursive up (id, depth) as (
			  select parent_id, 1 from organisation where id = :id and parent_id is not null
			  union all
			  select o.parent_id, up.depth + 1 from organisation o join up on o.id = up.id
			   where o.parent_id is not null and up.depth < :depth)
			select id from up order by depth""")
	List<Long> findAncestorIds(long id, int depth);

	@Query("select m from Organisation c join c.members m where c.id = :clusterId and m.active order by m.name")
	List<Organisation> findMembers(long clusterId, Pageable pageable);

	@Query("select count(m) from Organisation c join c.members m where c.id = :clusterId and m.active")
	long countMembers(long clusterId);

	Optional<Organisation> findBySiret(String siret);

	Optional<Organisation> findByUai(String uai);

	List<Organisation> findByMatchNameIsNull(Pageable pageable);

	List<Organisation> findBySirenIn(Collection<String> sirens);

	List<Organisation> findByNameKeyIn(Collection<String> nameKeys);

	@Query("select o from Organisation o where o.mergedIntoId is null and o.matchName in :matchNames")
	List<Organisation> findUnmergedByMatchNameIn(Collection<String> matchNames);

	@Query("select o from Organisation o where o.mergedIntoId is null and (o.siret in :sirets or o.uai in :uais "
			+ "or o.rna in :rnas or o.ror in :rors or o.vatNumber in :vatNumbers)")
	List<Organisation> findUnmergedByIdentifiers(Collection<String> sirets, Collection<String> uais,
			Collection<String> rnas, Collection<String> rors, Collection<String> vatNumbers);

	List<Organisation> findByIdIn(Collection<Long> ids);

	List<Organisation> findBySearchTextIsNull(Pageable pageable);

}
