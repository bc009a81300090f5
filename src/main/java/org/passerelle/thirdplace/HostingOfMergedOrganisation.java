package org.passerelle.thirdplace;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.MergeTrace;
import org.passerelle.organisation.OrganisationReferences;

/**
 * When two organisations are merged, the merged one's hosting requests and meeting-room
 * bookings, and the sites of a merged institution, move to the kept one.
 */
@Component
@Order(4)
class HostingOfMergedOrganisation implements OrganisationReferences {

	private final JdbcClient jdbc;

	HostingOfMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> moveTo(Merge merge, MergeTrace trace) {
		Map<String, Integer> moved = new LinkedHashMap<>();
		moved.put("merge.moved.hostingRequests",
				trace.around("thirdplace_hosting_request", "organisation_id", () -> update(
						"update thirdplace_hosting_request set organisation_id = :kept where organisation_id = :merged",
						merge)));
		moved.put("merge.moved.bookings",
				trace.around("thirdplace_booking", "organisation_id",
						() -> update(
								"update thirdplace_booking set organisation_id = :kept where organisation_id = :merged",
								merge)));
		moved.put("merge.moved.sites",
				trace.around("thirdplace_site", "institution_id",
						() -> update("update thirdplace_site set institution_id = :kept where institution_id = :merged",
								merge)));
		return moved;
	}

	private int update(String sql, Merge merge) {
		return this.jdbc.sql(sql).param("kept", merge.keptId()).param("merged", merge.mergedId()).update();
	}

}
