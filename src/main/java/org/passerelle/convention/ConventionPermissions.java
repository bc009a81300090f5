package org.passerelle.convention;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who may see or change which convention: the one place the pages, the services and the
 * templates ({@code @conventionPermissions} in Thymeleaf) ask.
 * <ul>
 * <li>Administrators see and change everything, and alone manage the pillars.</li>
 * <li>The <em>parties' people</em> are the staff of a party institution or of its parent
 * institution (a component, such as Polytech Marseille, belongs to its institution,
 * Aix-Marseille Université), and the liaisons of a party organisation. They see the whole
 * convention and comment on its actions; its staff change it.</li>
 * <li>Anyone else signed in sees the public summary of a public convention once it has
 * left negotiation; drafts and conventions in negotiation are not found for them.</li>
 * </ul>
 * It opens no transaction of its own: templates ask it, some once a row, and what it
 * reads (ids) comes in one statement, in the caller's transaction or the repository's.
 */
@Service("conventionPermissions")
public class ConventionPermissions {

	/**
	 * Statuses in which only the parties' people and administrators find a convention.
	 */
	static final List<ConventionStatus> UNDER_WAY = List.of(ConventionStatus.DRAFT, ConventionStatus.IN_NEGOTIATION);

	private final Organisations organisations;

	ConventionPermissions(Organisations organisations) {
		this.organisations = organisations;
	}

	/**
	 * The organisations whose conventions this person acts for: a liaison's organisation;
	 * a staff member's institution and its components; none for others.
	 */
	public Set<Long> actingFor(@Nullable PasserelleUser user) {
		Set<Long> ids = new LinkedHashSet<>();
		if (user == null || user.getOrganisationId() == null || user.hasRole(Role.ADMIN)) {
			return ids;
		}
		long own = user.getOrganisationId();
		ids.add(own);
		if (user.hasRole(Role.STAFF)) {
			ids.addAll(componentsOf(own));
		}
		return ids;
	}

	/**
	 * The institutions whose parent is the given one, read once per web request (a page
	 * asks several times).
	 */
	@SuppressWarnings("unchecked")
	private Set<Long> componentsOf(long institutionId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = ConventionPermissions.class.getName() + ".components." + institutionId;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Set<?> known) {
			return (Set<Long>) known;
		}
		// its components' ids only (this loaded and sorted every institution on each
		// page)
		Set<Long> components = new LinkedHashSet<>(this.organisations.componentIds(institutionId));
		if (request != null) {
			request.setAttribute(key, Set.copyOf(components), RequestAttributes.SCOPE_REQUEST);
		}
		return components;
	}

	/** Whether this person draws up conventions (staff and administrators). */
	public boolean canCreate(@Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF));
	}

	/**
	 * Whether this person chooses the owning office of a new convention (administrators).
	 */
	public boolean canChooseOwner(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

	/** Whether this person draws up a convention owned by the given institution. */
	public boolean canCreateFor(long ownerOrganisationId, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.STAFF) && actingFor(user).contains(ownerOrganisationId)));
	}

	/** Whether this person finds the convention at all (at least its public summary). */
	public boolean canSeeSummary(Convention convention, @Nullable PasserelleUser user) {
		return canSeeWhole(convention, user)
				|| (user != null && convention.getConfidentiality() == Confidentiality.PUBLIC
						&& !UNDER_WAY.contains(convention.getStatus()));
	}

	/**
	 * Whether this person sees the whole convention: axes, actions, documents, history.
	 */
	public boolean canSeeWhole(Convention convention, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || convention.hasPartyAmong(actingFor(user)));
	}

	/** Whether this person changes the convention: its steps, status, axes, documents. */
	public boolean canEdit(Convention convention, @Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.STAFF) && convention.hasInstitutionPartyAmong(actingFor(user))));
	}

	/** Whether this person comments on the convention's actions (the parties' people). */
	public boolean canComment(Convention convention, @Nullable PasserelleUser user) {
		return canSeeWhole(convention, user);
	}

	/** Whether this person manages the pillars (administrators). */
	public boolean canManagePillars(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

	/**
	 * The conventions this person finds, as a query predicate: the same rule as
	 * {@link #canSeeSummary}.
	 */
	Predicate findable(Root<Convention> root, CommonAbstractCriteria query, CriteriaBuilder cb, PasserelleUser reader) {
		if (reader.hasRole(Role.ADMIN)) {
			return cb.conjunction();
		}
		Predicate published = cb.and(cb.equal(root.get("confidentiality"), Confidentiality.PUBLIC),
				cb.not(root.get("status").in(UNDER_WAY)));
		Set<Long> own = actingFor(reader);
		return own.isEmpty() ? published : cb.or(published, hasPartyAmong(root, query, cb, own, null));
	}

	/**
	 * The conventions of which one of the given organisations is a party (in the given
	 * role, if any), as a query predicate.
	 */
	static Predicate hasPartyAmong(Root<Convention> root, CommonAbstractCriteria query, CriteriaBuilder cb,
			Collection<Long> organisationIds, @Nullable PartyRole role) {
		// correlated: PostgreSQL reads convention_party alone, without joining convention
		// again
		Subquery<Long> withParty = query.subquery(Long.class);
		Join<Convention, Party> party = withParty.correlate(root).join("parties");
		Predicate where = party.get("organisationId").in(organisationIds);
		if (role != null) {
			where = cb.and(where, cb.equal(party.get("role"), role));
		}
		withParty.select(party.get("organisationId")).where(where);
		return cb.exists(withParty);
	}

}
