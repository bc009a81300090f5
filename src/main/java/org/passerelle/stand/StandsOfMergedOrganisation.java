package org.passerelle.stand;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.MergeTrace;
import org.passerelle.organisation.OrganisationReferences;

/**
 * When two organisations are merged, the stands the merged one leads or shares move to
 * the kept one. On a stand both share, the kept company stays once: it takes the merged
 * one's share on top of its own (at most the largest share allowed) and counts as having
 * joined if either had.
 */
@Component
@Order(5)
class StandsOfMergedOrganisation implements OrganisationReferences {

	private final JdbcClient jdbc;

	StandsOfMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> moveTo(Merge merge, MergeTrace trace) {
		int moved = trace.around("stand_company", "organisation_id", () -> {
			update("""
					update stand_company k
					set share = least(1000, k.share + m.share),
					    status = case when 'JOINED' in (k.status, m.status) then 'JOINED' else k.status end
					from stand_company m
					where m.stand_id = k.stand_id and m.organisation_id = :merged and k.organisation_id = :kept""",
					merge);
			int both = update("""
					delete from stand_company m using stand_company k
					where m.stand_id = k.stand_id and m.organisation_id = :merged and k.organisation_id = :kept""",
					merge);
			return both
					+ update("update stand_company set organisation_id = :kept where organisation_id = :merged", merge);
		});
		trace.around("stand", "lead_organisation_id",
				() -> update("update stand set lead_organisation_id = :kept where lead_organisation_id = :merged",
						merge));
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("merge.moved.stands", moved);
		return counts;
	}

	private int update(String sql, Merge merge) {
		return this.jdbc.sql(sql).param("kept", merge.keptId()).param("merged", merge.mergedId()).update();
	}

}
