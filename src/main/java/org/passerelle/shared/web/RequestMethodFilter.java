package org.passerelle.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands Spring MVC a request that answers its method from a field. To find the controller
 * of a path with a variable ({@code /organisations/{id}}), Spring MVC tries every mapping
 * of the portal, and each asks the request's method (and, through
 * {@code CorsUtils.isPreFlightRequest}, asks it again); each call went down the five or
 * so wrappers the filters before put around the request (session, security, firewall...):
 * 15 % of the processor's time on an organisation's page once it was kept (issue 13, JDK
 * Flight Recorder). Last of the filters, after every one that may change the method.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestMethodFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new KnownMethod(request), response);
	}

	/** The request, its method read once. */
	static final class KnownMethod extends HttpServletRequestWrapper {

		private final String method;

		KnownMethod(HttpServletRequest request) {
			super(request);
			this.method = request.getMethod();
		}

		@Override
		public String getMethod() {
			return this.method;
		}

	}

}
