package org.passerelle.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the portal's assets and the webjars are served
 * ({@link StaticResourcesConfiguration}): public files, the same for everyone, which
 * never need the signed-in person's session.
 */
public final class Assets {

	/**
	 * The asset paths, as request patterns.
	 */
	public static final String[] PATTERNS = { "/css/**", "/images/**", "/js/**", "/webjars/**", "/favicon.ico" };

	private static final String[] PREFIXES = { "/css/", "/images/", "/js/", "/webjars/", "/favicon.ico" };

	private Assets() {
	}

	static boolean isAsset(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (String prefix : PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
