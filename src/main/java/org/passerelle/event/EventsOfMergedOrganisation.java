package org.passerelle.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.MergeTrace;
import org.passerelle.organisation.OrganisationReferences;

/**
 * When two organisations are merged, the events the merged one organises or supports and
 * its employees' registrations move to the kept one (an event both organised keeps one
 * organiser).
 */
@Component
@Order(3)
class EventsOfMergedOrganisation implements OrganisationReferences {

	private final JdbcClient jdbc;

	EventsOfMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> moveTo(Merge merge, MergeTrace trace) {
		Map<String, Integer> moved = new LinkedHashMap<>();
		for (String table : new String[] { "event_organiser", "event_partner" }) {
			// table is one of the two above, never input
			moved.merge("merge.moved.events", trace.around(table, "organisation_id", () -> {
				update("delete from " + table + " t where t.organisation_id = :merged and exists (select 1 from "
						+ table + " k where k.event_id = t.event_id and k.organisation_id = :kept)", merge);
				return update("update " + table + " set organisation_id = :kept where organisation_id = :merged",
						merge);
			}), Integer::sum);
		}
		moved.put("merge.moved.registrations",
				trace.around("event_registration", "organisation_id",
						() -> update(
								"update event_registration set organisation_id = :kept where organisation_id = :merged",
								merge)));
		return moved;
	}

	private int update(String sql, Merge merge) {
		return this.jdbc.sql(sql).param("kept", merge.keptId()).param("merged", merge.mergedId()).update();
	}

}
