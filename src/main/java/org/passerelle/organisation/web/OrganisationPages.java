package org.passerelle.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;

/**
 * An organisation's page below its back link ({@code organisations/_page}), rendered once
 * per organisation, language, what the reader may see (their role and organisation: every
 * permission of the page and of its conventions, events and hosting depends on these
 * only) and day, and kept as HTML until anything is written (a minute at most): rendering
 * it was most of the page's cost (issue 13).
 */
@Component
class OrganisationPages {

	/** How many pages are kept at once (about 10 to 40 KB each). */
	static final int KEPT = 256;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final OrganisationPageReading reading;

	private final Clock clock;

	private final KeptViews<Key, Heading> kept;

	OrganisationPages(ThymeleafViewResolver views, OrganisationPageReading reading, Optional<Clock> clock) {
		this.reading = reading;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.kept = new KeptViews<>(views, "organisations/_page :: page", KEPT);
	}

	/**
	 * The page of the organisation of this id for this reader: its name and its HTML, or
	 * where it redirects to when it was merged into another.
	 * @throws org.passerelle.shared.NotFoundException when there is none, or the reader
	 * may not see it
	 */
	Made<Heading, KeptHtml> of(long id, @Nullable PasserelleUser reader, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(id, (reader != null) ? reader.getRole() : null,
				(reader != null) ? reader.getOrganisationId() : null, LocalDate.now(this.clock.withZone(PARIS)));
		return this.kept.of(key, locale, request, response, () -> model(id, reader));
	}

	private Made<Heading, Map<String, ?>> model(long id, @Nullable PasserelleUser reader) {
		OrganisationPageReading.OrganisationPage page = this.reading.read(id, reader);
		Organisation organisation = page.overview().organisation();
		Heading heading = new Heading(organisation.getName(), page.mergedInto());
		if (page.mergedInto() != null) {
			return Made.without(heading);
		}
		Map<String, @Nullable Object> model = new HashMap<>();
		model.put("overview", page.overview());
		model.put("zone", PARIS);
		model.put("organisation", organisation);
		model.put("activities", page.activities());
		model.put("contacts", page.contacts());
		model.put("history", page.history());
		model.put("historyContacts", page.historyContacts());
		model.put("historyPeople", page.historyPeople());
		model.put("undoableMerges", page.undoableMerges());
		return new Made<>(heading, model);
	}

	/**
	 * What the page's controller needs besides its HTML: the organisation's name, and the
	 * one it was merged into, if it was.
	 */
	record Heading(String name, @Nullable Long mergedInto) {
	}

	/** What the page depends on besides the language. */
	private record Key(long id, @Nullable Role role, @Nullable Long organisationId, LocalDate today) {
	}

}
