package org.passerelle.report;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who reads the office's figures, asked by the report pages and their templates
 * ({@code @reportPermissions}): staff, for their own institution and its components;
 * administrators, for any institution or all of them. Liaisons and visitors do not.
 */
@Service("reportPermissions")
public class ReportPermissions {

	public boolean readsReports(@Nullable PasserelleUser user) {
		return user != null && (user.hasRole(Role.ADMIN) || user.hasRole(Role.STAFF));
	}

	/** Whether the person chooses the institution the figures cover (or all). */
	public boolean choosesInstitution(@Nullable PasserelleUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

	/**
	 * The institution the figures cover for this person: the one asked for (or all) for
	 * an administrator, their own for staff, whatever they ask for.
	 */
	public @Nullable Long institutionFor(PasserelleUser user, @Nullable Long requested) {
		requireReader(user);
		return choosesInstitution(user) ? requested : user.getOrganisationId();
	}

	public void requireReader(@Nullable PasserelleUser user) {
		if (!readsReports(user)) {
			throw new AccessDeniedException("Only staff and administrators read the office's figures");
		}
	}

}
