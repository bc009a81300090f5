package org.passerelle.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept part is cut where the stand-in CSRF token was written and given each request's
 * own token (none for a request without one); a part without a form is kept whole.
 */
class KeptViewsTests {

	private static final String MARK = KeptViews.TOKEN_MARK;

	@Test
	void eachRequestGetsItsOwnTokenWhereTheStandInWas() {
		KeptViews.Kept kept = KeptViews.Kept
			.of("<form><input name=\"_csrf\" value=\"" + MARK + "\"></form><p>x</p><input value=\"" + MARK + "\">");

		assertThat(kept.pieces()).hasSize(3);
		assertThat(kept.html(requestWithToken("one")))
			.isEqualTo("<form><input name=\"_csrf\" value=\"one\"></form><p>x</p><input value=\"one\">");
		assertThat(kept.html(requestWithToken("two"))).contains("value=\"two\"").doesNotContain("one", MARK);
		assertThat(kept.html(new MockHttpServletRequest()))
			.isEqualTo("<form><input name=\"_csrf\" value=\"\"></form><p>x</p><input value=\"\">");
	}

	@Test
	void aPartWithoutTokenIsKeptWholeAndWrittenAsItIs() {
		KeptViews.Kept kept = KeptViews.Kept.of("<p>Bonjour</p>");

		assertThat(kept.pieces()).containsExactly("<p>Bonjour</p>");
		assertThat(kept.html(requestWithToken("one"))).isEqualTo("<p>Bonjour</p>");
	}

	@Test
	void aTokenAtEitherEndLeavesNoPieceOut() {
		KeptViews.Kept kept = KeptViews.Kept.of(MARK + "-" + MARK);

		assertThat(kept.pieces()).containsExactly("", "-", "");
		assertThat(kept.html(requestWithToken("t"))).isEqualTo("t-t");
	}

	private static MockHttpServletRequest requestWithToken(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

}
