package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.passerelle.convention.ConventionFixtures;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Sites and hosting requests made for tests through the real services, with the demo
 * directory and accounts.
 */
@Component
public class ThirdPlaceFixtures {

	private final HostingService hosting;

	private final Sites sites;

	private final ConventionFixtures people;

	ThirdPlaceFixtures(HostingService hosting, Sites sites, ConventionFixtures people) {
		this.hosting = hosting;
		this.sites = sites;
		this.people = people;
	}

	public PasserelleUser admin() {
		return this.people.admin();
	}

	/** Aix-Marseille Université's partnership office. */
	public PasserelleUser staff() {
		return this.people.staff();
	}

	/** Provepharm's liaison. */
	public PasserelleUser liaison() {
		return this.people.liaison();
	}

	/** Someone of the given role in the given organisation, without an account. */
	public PasserelleUser person(Role role, String organisation) {
		return new PasserelleUser(-1, role.name().toLowerCase() + "@" + UUID.randomUUID() + ".example.org", "{noop}x",
				"Someone", role, organisation(organisation), true, true);
	}

	public long organisation(String name) {
		return this.people.organisation(name);
	}

	public long amu() {
		return this.people.amu();
	}

	public long provepharm() {
		return organisation("Provepharm");
	}

	/**
	 * A new open site of Aix-Marseille Université with a desk area of the given size, an
	 * office for 4 and a meeting room for 8.
	 */
	public Site site(int desks) {
		Site site = this.hosting.createSite(new SiteDetails("Test site " + UUID.randomUUID(), "Campus", "1 quai",
				"Marseille", SiteSetting.URBAN, null, null, 500, null, null, SiteStatus.OPEN, Set.of()), amu());
		this.hosting.addSpace(site.getId(), SpaceKind.DESKS, "Open area", desks);
		this.hosting.addSpace(site.getId(), SpaceKind.OFFICE, "Office 1", 4);
		this.hosting.addSpace(site.getId(), SpaceKind.MEETING_ROOM, "Room A", 8);
		return this.sites.site(site.getId());
	}

	public long spaceOf(Site site, SpaceKind kind) {
		return site.spacesOf(kind).get(0).getId();
	}

	/** A request of Provepharm's for the site, submitted by its liaison. */
	public HostingRequest submit(Site site, HostingKind kind, int people, LocalDate from, LocalDate to) {
		return this.hosting.submit(provepharm(),
				new HostingNeed(site.getId(), kind, people, from, to, "A team", "Ann Lee", "ann@example.org", null),
				liaison());
	}

}
