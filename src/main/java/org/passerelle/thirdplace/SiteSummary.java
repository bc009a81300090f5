package org.passerelle.thirdplace;

/**
 * What another module may show of a site (an event session held there, for instance).
 */
public record SiteSummary(long id, String name, String address, String city, SiteStatus status) {

	static SiteSummary of(Site site) {
		return new SiteSummary(site.getId(), site.getName(), site.getAddress(), site.getCity(), site.getStatus());
	}

}
