package org.passerelle.report.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.passerelle.account.AccountsToWatch;
import org.passerelle.convention.ConventionsToFollow;
import org.passerelle.convention.Pillars;
import org.passerelle.convention.RecentChanges;
import org.passerelle.event.EventFill;
import org.passerelle.event.EventsForSector;
import org.passerelle.event.OrganisationRegistrations;
import org.passerelle.notification.PortalHealth;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Sector;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.stand.StandLines;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.HostingStatus;
import org.passerelle.thirdplace.HostingToDecide;
import org.passerelle.thirdplace.Sites;

/**
 * What the home page shows an administrator (accounts awaiting them, pillars in use, the
 * portal's health), staff (stands and hosting requests awaiting their institution's
 * decision, how full its events to come are, the latest changes to its conventions) and a
 * liaison (their organisation's conventions with their open actions, its registrations to
 * come, its stands, its hosting requests and the events open to its sector), beside what
 * every signed-in person sees. Each section is one statement with a bounded number of
 * rows.
 */
@Component
class RoleHomes {

	/** Rows shown in each section; each has a link to the whole list. */
	static final int ROWS = 5;

	/** The most open actions a liaison's home shows among their conventions. */
	static final int ACTIONS = 10;

	/** The model attribute of the events open to a liaison's sector. */
	static final String EVENTS_FOR_US = "eventsForUs";

	private final AccountsToWatch accounts;

	private final PortalHealth health;

	private final Pillars pillars;

	private final OrganisationRegistrations registrations;

	private final HostingService hosting;

	private final StandLines stands;

	private final HostingToDecide hostingToDecide;

	private final EventFill fill;

	private final RecentChanges changes;

	private final ConventionsToFollow conventionsToFollow;

	private final EventsForSector eventsForSector;

	private final Sites sites;

	RoleHomes(AccountsToWatch accounts, PortalHealth health, Pillars pillars, OrganisationRegistrations registrations,
			HostingService hosting, StandLines stands, HostingToDecide hostingToDecide, EventFill fill,
			RecentChanges changes, ConventionsToFollow conventionsToFollow, EventsForSector eventsForSector,
			Sites sites) {
		this.conventionsToFollow = conventionsToFollow;
		this.sites = sites;
		this.eventsForSector = eventsForSector;
		this.stands = stands;
		this.hostingToDecide = hostingToDecide;
		this.fill = fill;
		this.changes = changes;
		this.accounts = accounts;
		this.health = health;
		this.pillars = pillars;
		this.registrations = registrations;
		this.hosting = hosting;
	}

	/**
	 * Adds the sections of the person's roles.
	 * @param organisation the person's organisation, if they belong to one
	 */
	void addTo(Model model, PasserelleUser user, @Nullable Organisation organisation) {
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("lockedAccounts", this.accounts.lockedNow(ROWS));
			model.addAttribute("health", this.health.now());
			model.addAttribute("pillarCount", this.pillars.all().size());
			model.addAttribute("pillarsInUse", this.pillars.inUse().size());
		}
		if (user.hasRole(Role.STAFF) && user.getOrganisationId() != null) {
			long institution = user.getOrganisationId();
			model.addAttribute("standsToDecide", this.stands.awaitingDecision(institution, ROWS));
			model.addAttribute("hostingToDecide", this.hostingToDecide.of(institution, ROWS));
			model.addAttribute("eventFill", this.fill.organisedBy(institution, ROWS));
			model.addAttribute("recentChanges", this.changes.ofConventionsOwnedBy(institution, ROWS * 2));
		}
		if (user.hasRole(Role.LIAISON) && user.getOrganisationId() != null) {
			model.addAttribute("ourConventions", this.conventionsToFollow.of(user, ROWS, ACTIONS));
			Sector sector = (organisation != null) ? organisation.getSector() : null;
			model.addAttribute(EVENTS_FOR_US, this.eventsForSector.openTo(sector, ROWS));
			model.addAttribute("ourStands", this.stands.of(user.getOrganisationId(), ROWS));
			model.addAttribute("ourRegistrations", this.registrations.upcoming(user.getOrganisationId(), ROWS));
			List<HostingRequest> open = this.hosting.requestsOf(user.getOrganisationId())
				.stream()
				.filter((request) -> request.getStatus() != HostingStatus.ENDED
						&& request.getStatus() != HostingStatus.WITHDRAWN)
				.limit(ROWS)
				.toList();
			Map<Long, String> siteNames = this.sites
				.names(open.stream().map(HostingRequest::getSiteId).filter(Objects::nonNull).distinct().toList());
			model.addAttribute("ourHostingRequests",
					open.stream()
						.map((request) -> new OurHostingRequest(request, siteNames.get(request.getSiteId())))
						.toList());
		}
	}

	/**
	 * A hosting request of the liaison's organisation, with the name of its site if it
	 * names one.
	 */
	public record OurHostingRequest(HostingRequest request, @Nullable String siteName) {

	}

}
