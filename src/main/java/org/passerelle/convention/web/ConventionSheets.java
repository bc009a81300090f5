package org.passerelle.convention.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;

import org.passerelle.convention.ConventionSheet;
import org.passerelle.convention.Conventions;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;

/**
 * A convention's sheet ({@code conventions/_sheet}), rendered once per convention,
 * language, what the reader may see (their role and organisation: every permission on a
 * convention depends on these only) and day, and kept as HTML until anything is written
 * (a minute at most): rendering it was most of the page's cost (issue 13). A sheet that
 * shows why a change was refused (messages carried over from the form) is rendered for
 * its reader alone.
 */
@Component
class ConventionSheets {

	/** How many sheets are kept at once (about 15 to 60 KB each). */
	static final int KEPT = 256;

	private final Conventions conventions;

	private final KeptViews<Key, String> kept;

	ConventionSheets(ThymeleafViewResolver views, Conventions conventions) {
		this.conventions = conventions;
		this.kept = new KeptViews<>(views, "conventions/_sheet :: sheet", KEPT);
	}

	/**
	 * The convention's title and sheet for this reader.
	 * @param carried what the request carries over from a refused change (none if empty)
	 * @throws org.passerelle.shared.NotFoundException when there is none, or the reader
	 * may not see it
	 */
	Made<String, KeptHtml> of(long id, PasserelleUser reader, Map<String, ?> carried, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = this.conventions.today();
		if (!carried.isEmpty()) {
			return this.kept.now(locale, request, response, () -> model(id, reader, today, carried));
		}
		Key key = new Key(id, reader.getRole(), reader.getOrganisationId(), today);
		return this.kept.of(key, locale, request, response, () -> model(id, reader, today, carried));
	}

	private Made<String, Map<String, ?>> model(long id, PasserelleUser reader, LocalDate today,
			Map<String, ?> carried) {
		ConventionSheet sheet = this.conventions.sheet(id, reader);
		Map<String, @Nullable Object> model = new HashMap<>(carried);
		model.put("sheet", sheet);
		model.put("today", today);
		model.put("watchHorizon", this.conventions.watchHorizon());
		return new Made<>(sheet.convention().getTitle(), model);
	}

	/** What the sheet depends on besides the language. */
	private record Key(long id, Role role, @Nullable Long organisationId, LocalDate today) {
	}

}
