package org.passerelle.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who may see and change what in the directory, asked by its pages, its services and its
 * templates ({@code @organisationPermissions}).
 * <ul>
 * <li>Administrators: everything, undoing a merge among it.</li>
 * <li>Staff: create organisations, import and export the directory, see every
 * organisation with its contacts and history; edit their own institution, its components
 * (at any depth) and the partner organisations; other institutions are read-only to
 * them.</li>
 * <li>Liaisons: see every active organisation's public profile; edit only their own
 * organisation's public profile and contacts, and see only their own organisation's
 * contacts.</li>
 * </ul>
 * It opens no transaction of its own: templates ask it several times a page, and only an
 * institution's parents are read (one statement, in the caller's transaction or the
 * repository's own).
 */
@Service("organisationPermissions")
public class OrganisationPermissions {

	/** Deeper than any real hierarchy: a guard against a loop in the data. */
	private static final int MAX_DEPTH = 16;

	private final OrganisationRepository organisations;

	OrganisationPermissions(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/**
	 * Whether the person manages the directory: creates, imports, exports, reads history.
	 */
	public boolean manages(@Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF));
	}

	/**
	 * Whether the person sees the organisation's page (deactivated ones: managers and
	 * members only).
	 */
	public boolean sees(@Nullable PasserelleUser user, Organisation organisation) {
		return user != null && (organisation.isActive() || manages(user) || user.belongsTo(organisation.getId()));
	}

	/**
	 * Whether the person edits everything of the organisation (full form, figures,
	 * (de)activation).
	 */
	public boolean edits(@Nullable PasserelleUser user, Organisation organisation) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		if (!user.hasRole(Role.STAFF)) {
			return false;
		}
		return !organisation.isInstitution() || isOwnInstitution(user, organisation.getId());
	}

	/**
	 * Whether the person sees the recent merges and undoes them (for
	 * {@link OrganisationSettings#mergeUndoDays()} days): administrators only; staff see
	 * merges in the organisations' history.
	 */
	public boolean undoesMerges(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

	public void requireMergeUndoer(@Nullable PasserelleUser user) {
		require(undoesMerges(user), "Only administrators undo merges");
	}

	/**
	 * Whether the person merges the two organisations (one into the other): staff who
	 * edit both, administrators.
	 */
	public boolean merges(@Nullable PasserelleUser user, Organisation one, Organisation other) {
		return manages(user) && edits(user, one) && edits(user, other);
	}

	/** Whether the person edits the organisation's public profile. */
	public boolean editsProfile(@Nullable PasserelleUser user, Organisation organisation) {
		return edits(user, organisation) || isOwnLiaison(user, organisation.getId());
	}

	/** Whether the person sees the organisation's contacts. */
	public boolean seesContacts(@Nullable PasserelleUser user, Organisation organisation) {
		return manages(user) || isOwnLiaison(user, organisation.getId());
	}

	/** Whether the person adds, edits and erases the organisation's contacts. */
	public boolean editsContacts(@Nullable PasserelleUser user, Organisation organisation) {
		return edits(user, organisation) || isOwnLiaison(user, organisation.getId());
	}

	/**
	 * Whether the person may place an institution (or a component) under {@code parent},
	 * {@code null} meaning at the top: administrators anywhere; staff only under their
	 * own institution or one of its components, so that what they create or move stays
	 * theirs to edit.
	 */
	public boolean placesUnder(@Nullable PasserelleUser user, @Nullable Organisation parent) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return parent != null && user.hasRole(Role.STAFF) && isOwnInstitution(user, parent.getId());
	}

	/**
	 * Among active institutions, those the person may place an institution under (see
	 * {@link #placesUnder}), worked out from the list itself without a query per
	 * institution.
	 */
	public List<Organisation> parentsOffered(@Nullable PasserelleUser user, List<Organisation> institutions) {
		if (user != null && user.hasRole(Role.ADMIN)) {
			return institutions;
		}
		if (user == null || !user.hasRole(Role.STAFF)) {
			return List.of();
		}
		Map<Long, @Nullable Long> parents = new HashMap<>();
		institutions.forEach((institution) -> parents.put(institution.getId(),
				(institution.getParent() != null) ? institution.getParent().getId() : null));
		return institutions.stream().filter((institution) -> {
			Long current = institution.getId();
			for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
				if (user.belongsTo(current)) {
					return true;
				}
				current = parents.get(current);
			}
			return false;
		}).toList();
	}

	public void requireManager(@Nullable PasserelleUser user) {
		require(manages(user), "Only staff and administrators manage the directory");
	}

	public void requireEditor(@Nullable PasserelleUser user, Organisation organisation) {
		require(edits(user, organisation), "Not allowed to edit this organisation");
	}

	public void requireMerger(@Nullable PasserelleUser user, Organisation one, Organisation other) {
		require(merges(user, one, other), "Not allowed to merge these organisations");
	}

	public void requireProfileEditor(@Nullable PasserelleUser user, Organisation organisation) {
		require(editsProfile(user, organisation), "Not allowed to edit this organisation's profile");
	}

	public void requireContactsReader(@Nullable PasserelleUser user, Organisation organisation) {
		require(seesContacts(user, organisation), "Not allowed to see these contacts");
	}

	public void requireContactsEditor(@Nullable PasserelleUser user, Organisation organisation) {
		require(editsContacts(user, organisation), "Not allowed to change these contacts");
	}

	private static void require(boolean allowed, String refusal) {
		if (!allowed) {
			throw new AccessDeniedException(refusal);
		}
	}

	private static boolean isOwnLiaison(@Nullable PasserelleUser user, Long organisationId) {
		return user != null && user.hasRole(Role.LIAISON) && user.belongsTo(organisationId);
	}

	/**
	 * The person's institution itself, or one of its components (at any depth): its
	 * parents read in one statement, only when it is not the person's own organisation.
	 */
	private boolean isOwnInstitution(PasserelleUser user, @Nullable Long organisationId) {
		if (organisationId == null) {
			return false;
		}
		return user.belongsTo(organisationId)
				|| this.organisations.findAncestorIds(organisationId, MAX_DEPTH - 1).stream().anyMatch(user::belongsTo);
	}

}
