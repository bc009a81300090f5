package org.passerelle.convention;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.MergeTrace;
import org.passerelle.organisation.OrganisationReferences;

/**
 * When two organisations are merged, the conventions the merged one owns, is party to or
 * signed move to the kept one (a convention both were party to keeps the kept one's
 * party).
 */
@Component
@Order(2)
class ConventionsOfMergedOrganisation implements OrganisationReferences {

	private final JdbcClient jdbc;

	ConventionsOfMergedOrganisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> moveTo(Merge merge, MergeTrace trace) {
		Map<String, Integer> moved = new LinkedHashMap<>();
		moved.put("merge.moved.conventions", trace.around("convention_party", "organisation_id", () -> {
			update("""
					delete from convention_party p where p.organisation_id = :merged
					and exists (select 1 from convention_party k where k.convention_id = p.convention_id
					  and k.organisation_id = :kept)""", merge);
			return update("update convention_party set organisation_id = :kept where organisation_id = :merged", merge);
		}));
		// the owner is one of the parties, counted above
		trace.around("convention", "owner_organisation_id",
				() -> update(
						"update convention set owner_organisation_id = :kept where owner_organisation_id = :merged",
						merge));
		trace.around("convention_signatory", "organisation_id",
				() -> update("update convention_signatory set organisation_id = :kept where organisation_id = :merged",
						merge));
		return moved;
	}

	private int update(String sql, Merge merge) {
		return this.jdbc.sql(sql).param("kept", merge.keptId()).param("merged", merge.mergedId()).update();
	}

}
