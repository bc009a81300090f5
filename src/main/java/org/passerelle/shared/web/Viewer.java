package org.passerelle.shared.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Who is looking at the page, for templates ({@code ${@viewer.admin}}): read from the
 * security context of the request being served, where each {@code sec:authorize} of the
 * security dialect parsed and evaluated its expression again. One instance for the portal
 * (a request-scoped bean was made for each request and looked up through its proxy on
 * each use: 3 % of an events list's processor time, issue 13). Rights on records stay
 * with each module's permission service.
 */
@Component("viewer")
public class Viewer {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/** Whether someone is signed in (not an anonymous visitor). */
	public boolean isSignedIn() {
		return authentication() != null;
	}

	public boolean isAdmin() {
		return role() == Role.ADMIN;
	}

	public boolean isStaff() {
		return role() == Role.STAFF;
	}

	public boolean isLiaison() {
		return role() == Role.LIAISON;
	}

	/** Staff of an institution or an administrator. */
	public boolean isStaffOrAdmin() {
		return isStaff() || isAdmin();
	}

	/** The signed-in person's name as shown, or their sign-in name. */
	public @Nullable String getDisplayName() {
		Authentication current = authentication();
		if (current == null) {
			return null;
		}
		return (current.getPrincipal() instanceof PasserelleUser user) ? user.getDisplayName() : current.getName();
	}

	/** The sign-in name (e-mail address) of the signed-in person. */
	public @Nullable String getName() {
		Authentication current = authentication();
		return (current != null) ? current.getName() : null;
	}

	private @Nullable Role role() {
		Authentication current = authentication();
		if (current == null) {
			return null;
		}
		Role role = null;
		for (GrantedAuthority authority : current.getAuthorities()) {
			for (Role candidate : Role.values()) {
				if (candidate.authority().equals(authority.getAuthority())) {
					role = candidate;
				}
			}
		}
		return role;
	}

	private static @Nullable Authentication authentication() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return (current != null && current.isAuthenticated() && !TRUST.isAnonymous(current)) ? current : null;
	}

}
