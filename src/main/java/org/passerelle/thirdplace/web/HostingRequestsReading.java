package org.passerelle.thirdplace.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.organisation.Organisations;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SitePermissions;
import org.passerelle.thirdplace.SiteStatus;
import org.passerelle.thirdplace.Sites;
import org.passerelle.thirdplace.Space;
import org.passerelle.thirdplace.SpaceKind;

/**
 * What the hosting requests' page shows, read in one read-only transaction: the requests
 * the reader may see, the sites, the organisations' names, and for each pending request
 * the reader may decide the spaces they may hold for it. The services it asks join this
 * transaction instead of opening one each (three on this page, measured by
 * {@code SitePagesStatementCountTests}).
 */
@Service
@Transactional(readOnly = true)
class HostingRequestsReading {

	private final HostingService hosting;

	private final Sites sites;

	private final SitePermissions permissions;

	private final Organisations organisations;

	HostingRequestsReading(HostingService hosting, Sites sites, SitePermissions permissions,
			Organisations organisations) {
		this.hosting = hosting;
		this.sites = sites;
		this.permissions = permissions;
		this.organisations = organisations;
	}

	/**
	 * The requests' page for this reader.
	 */
	HostingRequestsPage read(PasserelleUser reader) {
		List<HostingRequest> requests = this.hosting.visibleTo(reader);
		List<Site> all = this.sites.all();
		Map<Long, Site> byId = all.stream().collect(Collectors.toMap(Site::getId, (site) -> site));
		Map<Long, List<SpaceChoice>> choices = new LinkedHashMap<>();
		for (HostingRequest request : requests) {
			if (request.getStatus().isPending() && this.permissions.canDecide(request,
					(request.getSiteId() != null) ? byId.get(request.getSiteId()) : null, reader)) {
				choices.put(request.getId(), choices(request, all, reader));
			}
		}
		Map<Long, String> names = this.organisations
			.names(requests.stream().map(HostingRequest::getOrganisationId).distinct().toList());
		return new HostingRequestsPage(requests, byId, choices, names, this.permissions.canRequest(reader),
				this.sites.today());
	}

	/** The spaces staff may hold for the request: of its kind, at sites they manage. */
	private List<SpaceChoice> choices(HostingRequest request, List<Site> all, PasserelleUser reader) {
		SpaceKind kind = request.getKind().spaceKind();
		List<SpaceChoice> choices = new ArrayList<>();
		for (Site site : all) {
			boolean asked = request.getSiteId() == null || request.getSiteId().equals(site.getId());
			if (asked && site.getStatus() == SiteStatus.OPEN && this.permissions.canManage(site, reader)) {
				for (Space space : site.spacesOf(kind)) {
					if (space.getCapacity() >= request.getPeople()) {
						choices.add(new SpaceChoice(site.getId() + ":" + space.getId(), site.getName(), space.getName(),
								space.getCapacity()));
					}
				}
			}
		}
		return choices;
	}

	/**
	 * The requests' page: the requests, the sites by id, the spaces the reader may hold
	 * for each request they may decide, the organisations' names by id, whether the
	 * reader may ask for hosting, and today.
	 */
	record HostingRequestsPage(List<HostingRequest> requests, Map<Long, Site> sites,
			Map<Long, List<SpaceChoice>> choices, Map<Long, String> organisations, boolean canRequest,
			LocalDate today) {

	}

	/**
	 * A space staff may hold for a request: its value is the site's id and the space's.
	 */
	record SpaceChoice(String value, String site, String space, int capacity) {

	}

}
