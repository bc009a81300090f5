package org.passerelle.organisation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
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
			// a merged organisation is only a redirect to the one it was merged into
			predicates.add(builder.isNull(root.get("mergedIntoId")));
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * Orders the query as the sort says, the name as an expression ({@code name || ''},
	 * same French collation) that its index cannot answer. Only the page query is ordered
	 * (Spring Data drops the order of the count query).
	 */
	static Specification<Organisation> orderedWithoutNameIndex(Sort sort) {
		return (root, query, builder) -> {
			List<Order> orders = new ArrayList<>();
			for (Sort.Order order : sort) {
				Expression<?> key = "name".equals(order.getProperty()) ? builder.concat(root.get("name"), "")
						: root.get(order.getProperty());
				orders.add(order.isAscending() ? builder.asc(key) : builder.desc(key));
			}
			if (query != null) {
				query.orderBy(orders);
			}
			return null;
		};
	}

}
