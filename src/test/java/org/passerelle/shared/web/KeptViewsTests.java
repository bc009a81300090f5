package org.passerelle.shared.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept part is cut where the stand-in CSRF token was written and given each request's
 * own token (none for a request without one); a part without a form is kept whole and
 * sent as the bytes kept.
 */
class KeptViewsTests {

	private static final String MARK = KeptViews.TOKEN_MARK;

	@Test
	void eachRequestGetsItsOwnTokenWhereTheStandInWas() {
		KeptViews.Kept kept = KeptViews.Kept
			.of("<form><input name=\"_csrf\" value=\"" + MARK + "\"></form><p>x</p><input value=\"" + MARK + "\">");

		assertThat(kept.pieces()).hasSize(3);
		assertThat(kept.html(requestWithToken("one")))
			.hasToString("<form><input name=\"_csrf\" value=\"one\"></form><p>x</p><input value=\"one\">");
		assertThat(kept.html(requestWithToken("two"))).asString().contains("value=\"two\"").doesNotContain("one", MARK);
		assertThat(kept.html(new MockHttpServletRequest()))
			.hasToString("<form><input name=\"_csrf\" value=\"\"></form><p>x</p><input value=\"\">");
	}

	@Test
	void aPartWithoutTokenIsKeptWholeAndWrittenAsItIs() {
		KeptViews.Kept kept = KeptViews.Kept.of("<p>Bonjour</p>");

		assertThat(kept.pieces()).map(KeptViewsTests::text).containsExactly("<p>Bonjour</p>");
		KeptHtml html = kept.html(requestWithToken("one"));
		assertThat(html).hasToString("<p>Bonjour</p>");
		assertThat(html.utf8()).singleElement().isSameAs(kept.pieces().get(0));
		assertThat(kept.html(requestWithToken("two"))).isSameAs(html);
	}

	@Test
	void aTokenAtEitherEndLeavesNoPieceOut() {
		KeptViews.Kept kept = KeptViews.Kept.of(MARK + "-" + MARK);

		assertThat(kept.pieces()).map(KeptViewsTests::text).containsExactly("", "-", "");
		assertThat(kept.html(requestWithToken("t"))).hasToString("t-t");
	}

	private static String text(byte[] utf8) {
		return new String(utf8, StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequest requestWithToken(String token) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		return request;
	}

}
