package org.passerelle.thirdplace.web;

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

import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.shared.web.KeptHtml;
import org.passerelle.shared.web.KeptViews.Made;
import org.passerelle.shared.web.KeptViews;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SitePermissions;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.SpaceKind;

/**
 * A third place's page below the layout ({@code sites/_page}): its spaces, occupancy
 * calendar, hosted organisations and room bookings, with the forms its reader may use;
 * rendered once per site, language, what the reader may see and do (their role and
 * organisation: every permission on a site depends on these only) and day, and kept as
 * HTML until anything is written (a minute at most): rendering it was most of the page's
 * cost (issue 13). A page showing a refused form is rendered for its reader alone.
 */
@Component
class SitePages {

	/** How many pages are kept at once (about 30 to 60 KB each). */
	static final int KEPT = 128;

	private final Sites sites;

	private final HostingService hosting;

	private final SitePermissions permissions;

	private final Organisations organisations;

	private final KeptViews<Key, String> kept;

	SitePages(ThymeleafViewResolver views, Sites sites, HostingService hosting, SitePermissions permissions,
			Organisations organisations) {
		this.sites = sites;
		this.hosting = hosting;
		this.permissions = permissions;
		this.organisations = organisations;
		this.kept = new KeptViews<>(views, "sites/_page :: page", KEPT);
	}

	/**
	 * The site's name and page for this reader, its forms empty.
	 * @throws org.passerelle.shared.NotFoundException when there is no such site
	 */
	Made<String, KeptHtml> of(long id, PasserelleUser reader, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		LocalDate today = this.sites.today();
		Key key = new Key(id, reader.getRole(), reader.getOrganisationId(), today);
		return this.kept.of(key, locale, request, response, () -> made(this.sites.site(id), reader, locale, today,
				Map.of("bookingForm", new BookingForm(), "spaceForm", new SpaceForm())));
	}

	/**
	 * The site's name and page for this reader, rendered now with the forms as they were
	 * sent and why they were refused.
	 * @param forms the forms and their binding results
	 */
	Made<String, KeptHtml> refused(Site site, PasserelleUser reader, Map<String, ?> forms, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.kept.now(locale, request, response, () -> made(site, reader, locale, this.sites.today(), forms));
	}

	private Made<String, Map<String, ?>> made(Site site, PasserelleUser reader, Locale locale, LocalDate today,
			Map<String, ?> forms) {
		boolean manage = this.permissions.canManage(site, reader);
		boolean book = this.permissions.canBook(site, reader);
		Map<String, @Nullable Object> model = new HashMap<>(forms);
		model.put("site", site);
		model.put("description", site.description(locale));
		model.put("otherLanguage", site.describedInOtherLanguage(locale));
		model.put("institution",
				this.organisations.names(List.of(site.getInstitutionId())).get(site.getInstitutionId()));
		model.put("occupancy", this.sites.occupancy(site, today, SiteController.CALENDAR_WEEKS));
		model.put("canManage", manage);
		model.put("canBook", book);
		model.put("canRequest", this.permissions.canRequest(reader) && site.getStatus() != SiteStatus.CLOSED);
		model.put("kinds", SpaceKind.values());
		model.put("rooms", site.spacesOf(SpaceKind.MEETING_ROOM));
		model.put("today", today);
		if (manage) {
			List<HostingRequest> hosted = this.hosting.hostedAt(site.getId());
			model.put("hosted", hosted);
			model.put("organisations",
					this.organisations.names(hosted.stream().map(HostingRequest::getOrganisationId).toList()));
		}
		model.put("bookings", (manage || book) ? this.hosting.upcomingBookings(site, 4) : List.of());
		return new Made<>(site.getName(), model);
	}

	/** What the page depends on besides the language. */
	private record Key(long id, Role role, @Nullable Long organisationId, LocalDate today) {
	}

}
