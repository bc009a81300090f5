package org.passerelle.report.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.function.SingletonSupplier;

import org.passerelle.convention.Conventions;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews;

/**
 * A staff member's home page but for their greeting and their own actions: the
 * conventions ending soon ({@code home/_parts :: watch}), then what awaits their
 * institution's decision, the fill of its events, the latest changes of its conventions,
 * what they can do and the next events ({@code home/_parts :: staff}). Both parts are the
 * same for every staff member of an institution: rendered once per institution, language
 * and day and kept as HTML until anything is written (a minute at most), as the figures
 * they show are; on a kept page the figures are not even read (issue 13: rendering them
 * was most of the staff home's cost).
 */
@Component
class StaffHome {

	/** How many institutions' parts are kept at once. */
	static final int KEPT = 64;

	private final HomeReading homes;

	private final Conventions conventions;

	private final KeptViews<Key, Void> watch;

	private final KeptViews<Key, Void> rest;

	StaffHome(ThymeleafViewResolver views, HomeReading homes, Conventions conventions) {
		this.homes = homes;
		this.conventions = conventions;
		this.watch = new KeptViews<>(views, "home/_parts :: watch", KEPT);
		this.rest = new KeptViews<>(views, "home/_parts :: staff", KEPT);
	}

	/**
	 * The parts' HTML for this staff member, as kept for their institution or made now.
	 * @param staff a staff member of an institution
	 */
	Parts of(PasserelleUser staff, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Long institution = staff.getOrganisationId();
		if (institution == null) {
			throw new IllegalArgumentException("A staff member without an institution has no staff home");
		}
		Key key = new Key(institution, this.conventions.today());
		// read once, in one transaction, if either part is not kept
		Supplier<Map<String, ?>> shown = SingletonSupplier.of(() -> {
			ExtendedModelMap model = new ExtendedModelMap();
			this.homes.addSharedTo(model, staff, null);
			return model;
		});
		return new Parts(this.watch.part(key, locale, request, response, shown),
				this.rest.part(key, locale, request, response, shown));
	}

	/** The parts of the page before and after the staff member's own actions. */
	record Parts(KeptHtml watch, KeptHtml rest) {
	}

	/** What the parts depend on besides the language. */
	private record Key(long institution, LocalDate today) {
	}

}
