package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * The directory search as a JPA criteria query. The page query fetches the parent in the
 * same statement; the count query does not.
 */
final class OrganisationSpecifications {

	private OrganisationSpecifications() {
	}

	static Specification<Organisation> matching(OrganisationSearch search, boolean fetchParent) {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (fetchParent && query != null && query.getResultType() != Long.class
					&& query.getResultType() != long.class) {
				root.fetch("parent", JoinType.LEFT);
			}
			for (String word : SearchText.words(search.text())) {
				predicates.add(builder.like(root.get("searchText"), "%" + word + "%"));
			}
			if (search.kind() != null) {
				predicates.add(builder.equal(root.get("kind"), search.kind()));
			}
			if (search.group() == OrganisationSearch.Group.INSTITUTIONS) {
				predicates.add(root.get("kind").in(OrganisationKind.institutions()));
			}
			else if (search.group() == OrganisationSearch.Group.PARTNERS) {
				predicates.add(root.get("kind").in(OrganisationKind.partners()));
			}
			if (search.sizeClass() != null) {
				predicates.add(builder.equal(root.get("sizeClass"), search.sizeClass()));
			}
			if (search.sector() != null) {
				predicates.add(builder.equal(root.get("sector"), search.sector()));
			}
			if (search.region() != null) {
				predicates.add(builder.equal(root.get("region"), search.region()));
			}
			if (search.clusterId() != null) {
				predicates.add(builder.equal(root.join("clusters").get("id"), search.clusterId()));
			}
			if (!search.includeInactive()) {
				predicates.add(builder.isTrue(root.get("active")));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
