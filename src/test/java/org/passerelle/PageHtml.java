package org.passerelle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;

import org.passerelle.shared.PasserelleUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Parts of a rendered page for tests that compare what two readers were given: its main
 * part and the CSRF tokens of its forms.
 */
public final class PageHtml {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private PageHtml() {
	}

	/**
	 * The page at the path as the reader reads it in the language, in a session of its
	 * own (the session's CSRF token on its forms); it must answer 200.
	 */
	public static String read(MockMvc mvc, String path, PasserelleUser reader, String language) throws Exception {
		SessionCookie session = new SessionCookie();
		return mvc.perform(get(path).param("lang", language).with(user(reader)).with(session))
			.andDo(session)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page's main part, without the layout (which names the reader). */
	public static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	/** The CSRF tokens of the forms of the page's main part. */
	public static List<String> tokens(String page) {
		List<String> tokens = new ArrayList<>();
		Matcher found = TOKEN.matcher(main(page));
		while (found.find()) {
			tokens.add(found.group(1));
		}
		return tokens;
	}

	/** The HTML with its forms' CSRF tokens emptied. */
	public static String withoutTokens(String html) {
		return TOKEN.matcher(html).replaceAll("name=\"_csrf\" value=\"\"");
	}

}
