package org.passerelle.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import org.passerelle.shared.security.CsrfCookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rendered pages {@link AnonymousPages} keeps for other visitors: not one that read
 * the visitor's CSRF token, which a form on it would carry.
 */
class AnonymousPagesKeepingTests {

	private final AnonymousPages pages = new AnonymousPages(new FixedLocaleResolver());

	@Test
	void aPageWithoutAFormIsRenderedOnceForEveryVisitor() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain page = page(rendered, false);

		assertThat(visit(page).getContentAsString()).isEqualTo("<p>Forum</p>");
		assertThat(visit(page).getContentAsString()).isEqualTo("<p>Forum</p>");

		assertThat(rendered).hasValue(1);
	}

	@Test
	void aPageThatReadTheVisitorsTokenIsRenderedForEachVisitor() throws Exception {
		AtomicInteger rendered = new AtomicInteger();
		FilterChain page = page(rendered, true);

		visit(page);
		visit(page);

		assertThat(rendered).hasValue(2);
	}

	private MockHttpServletResponse visit(FilterChain page) throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/events");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.pages.doFilter(request, response, page);
		return response;
	}

	/** An event page, showing a form (so reading the visitor's token) or not. */
	private static FilterChain page(AtomicInteger rendered, boolean form) {
		CsrfTokenRepository tokens = new CsrfCookie();
		return (request, response) -> {
			rendered.incrementAndGet();
			if (form) {
				tokens.loadToken((HttpServletRequest) request);
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>Forum</p>");
		};
	}

}
