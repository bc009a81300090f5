package org.passerelle.thirdplace.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.OrganisationActivity;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;
import org.passerelle.thirdplace.HostingRequest;
import org.passerelle.thirdplace.HostingService;
import org.passerelle.thirdplace.HostingStatus;
import org.passerelle.thirdplace.Sites;

/**
 * An organisation's hosting history in third places, on its page: for administrators, the
 * partnership offices' staff and the organisation's own liaisons; nobody else sees whom
 * the sites host.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class HostingOnOrganisationPage implements OrganisationActivity {

	private final HostingService hosting;

	private final Sites sites;

	HostingOnOrganisationPage(HostingService hosting, Sites sites) {
		this.hosting = hosting;
		this.sites = sites;
	}

	@Override
	public Optional<Section> describe(long organisationId, @Nullable PasserelleUser reader) {
		if (reader == null || !(reader.hasRole(Role.ADMIN) || reader.hasRole(Role.STAFF)
				|| (reader.hasRole(Role.LIAISON) && reader.belongsTo(organisationId)))) {
			return Optional.empty();
		}
		List<HostingRequest> history = this.hosting.requestsOf(organisationId)
			.stream()
			.filter((request) -> request.getSiteId() != null && (HostingStatus.HOLDING.contains(request.getStatus())
					|| request.getStatus() == HostingStatus.ENDED))
			.toList();
		Map<Long, String> names = history.isEmpty() ? Map.of()
				: this.sites.names(history.stream().map(HostingRequest::getSiteId).distinct().toList());
		return Optional.of(new Section("sites/_on-organisation", history.stream()
			.map((request) -> new Stay(request.getSiteId(), names.getOrDefault(request.getSiteId(), ""), request))
			.toList()));
	}

	/** A stay at a site. */
	record Stay(long siteId, String siteName, HostingRequest request) {

	}

}
