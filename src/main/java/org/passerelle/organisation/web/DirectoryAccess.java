package org.passerelle.organisation.web;

import org.springframework.security.access.AccessDeniedException;

import org.passerelle.organisation.Organisation;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who may do what in the directory. Staff and administrators manage it all; a liaison
 * sees every organisation's public profile, and edits only their own organisation's
 * profile and contacts.
 */
final class DirectoryAccess {

	private DirectoryAccess() {
	}

	static boolean manages(PasserelleUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF);
	}

	static void requireManager(PasserelleUser user) {
		if (!manages(user)) {
			throw new AccessDeniedException("Only staff and administrators manage the directory");
		}
	}

	static boolean editsProfileOf(PasserelleUser user, Organisation organisation) {
		return manages(user) || (user.hasRole(Role.LIAISON) && user.belongsTo(organisation.getId()));
	}

	static void requireProfileEditor(PasserelleUser user, Organisation organisation) {
		if (!editsProfileOf(user, organisation)) {
			throw new AccessDeniedException("Not allowed to edit this organisation");
		}
	}

	static boolean seesContactsOf(PasserelleUser user, long organisationId) {
		return manages(user) || (user.hasRole(Role.LIAISON) && user.belongsTo(organisationId));
	}

	static void requireContactsOf(PasserelleUser user, long organisationId) {
		if (!seesContactsOf(user, organisationId)) {
			throw new AccessDeniedException("Not allowed to see these contacts");
		}
	}

	/** Deactivated organisations are hidden from liaisons, except their own. */
	static boolean sees(PasserelleUser user, Organisation organisation) {
		return organisation.isActive() || manages(user) || user.belongsTo(organisation.getId());
	}

}
