package org.passerelle.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the portal is ready (its start-up tasks done: migrations, the first
 * administrator, demo data), every page but the health probes answers "503, starting, try
 * again in a moment" instead of a sign-in that would fail. The readiness probe
 * ({@code /actuator/health/readiness}) follows the same state.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

	private static final byte[] PAGE = """
			<!DOCTYPE html>
			<html lang="fr"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Passerelle démarre</title></head>
			<body><main><h1>Passerelle démarre…</h1><p>Le portail sera prêt dans quelques secondes : \
			rechargez la page.</p>
			<div lang="en"><h2>Passerelle is starting…</h2><p>The portal will be ready in a few seconds: \
			reload the page.</p></div></main></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	private final ApplicationAvailability availability;

	StartingUpFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, "2");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.setContentLength(PAGE.length);
		response.getOutputStream().write(PAGE);
	}

}
