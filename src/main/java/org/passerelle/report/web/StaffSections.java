package org.passerelle.report.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.passerelle.convention.Conventions;
import org.passerelle.shared.web.KeptViews;

/**
 * The staff home's sections ({@code home/_role-sections :: staff}: stands and hosting
 * requests to decide, the fill of their events, the latest changes of their conventions),
 * the same for every staff member of an institution: rendered once per institution,
 * language and day and kept as HTML until anything is written (a minute at most), as the
 * figures they show are (issue 13: rendering them was most of the staff home's cost).
 */
@Component
class StaffSections {

	/** What the sections show, put in the model by {@link RoleHomes}. */
	static final List<String> SHOWN = List.of("standsToDecide", "hostingToDecide", "eventFill", "recentChanges");

	/** How many institutions' sections are kept at once. */
	static final int KEPT = 64;

	private final Conventions conventions;

	private final KeptViews<Key, Boolean> kept;

	StaffSections(ThymeleafViewResolver views, Conventions conventions) {
		this.conventions = conventions;
		this.kept = new KeptViews<>(views, "home/_role-sections :: staff", KEPT);
	}

	/**
	 * The sections' HTML for the staff of this institution, from what the model holds.
	 */
	@Nullable String of(long institution, Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(institution, this.conventions.today());
		return this.kept.of(key, locale, request, response, () -> {
			Map<String, @Nullable Object> shown = new HashMap<>();
			SHOWN.forEach((name) -> shown.put(name, model.getAttribute(name)));
			return new KeptViews.Made<>(Boolean.TRUE, shown);
		}).part();
	}

	/** What the sections depend on besides the language. */
	private record Key(long institution, LocalDate today) {
	}

}
