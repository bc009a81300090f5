package org.passerelle.shared.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

import org.passerelle.shared.Role;

/**
 * When administrators must use a second factor: an administrator signed in without a
 * passkey reaches only the pages that let them add one or sign in with one (and sign
 * out); anything else sends them to {@value #PAGE}, then back.
 */
final class AdminSecondFactorFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/second-factor";

	/** What an administrator without a second factor may still reach. */
	private static final String[] OPEN_PREFIXES = { PAGE, "/account/passkeys", "/webauthn/", "/login", "/logout",
			"/oauth2/", "/error" };

	private final RequestCache requestCache;

	AdminSecondFactorFilter(RequestCache requestCache) {
		this.requestCache = requestCache;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (needsSecondFactor(authentication) && !isOpen(request)) {
			this.requestCache.saveRequest(request, response);
			response.sendRedirect(request.getContextPath() + PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Whether an administrator has signed in without a passkey. */
	static boolean needsSecondFactor(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		boolean admin = false;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority())) {
				return false;
			}
			admin |= Role.ADMIN.authority().equals(authority.getAuthority());
		}
		return admin;
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/")) {
			return false;
		}
		for (String prefix : OPEN_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
