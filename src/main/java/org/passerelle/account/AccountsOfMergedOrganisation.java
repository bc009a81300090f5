package org.passerelle.account;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.MergeTrace;
import org.passerelle.organisation.OrganisationReferences;

/**
 * When two organisations are merged, the accounts of the merged one belong to the kept
 * one, and the audit log records the merge (and its undo, when they move back).
 */
@Component
@Order(1)
class AccountsOfMergedOrganisation implements OrganisationReferences {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AccountsOfMergedOrganisation(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public Map<String, Integer> moveTo(Merge merge, MergeTrace trace) {
		int accounts = trace.around("account", "organisation_id",
				() -> this.jdbc.sql("update account set organisation_id = :kept where organisation_id = :merged")
					.param("kept", merge.keptId())
					.param("merged", merge.mergedId())
					.update());
		this.audit.record(AuditKind.ORGANISATIONS_MERGED, null, null, merge.mergedName() + " (#" + merge.mergedId()
				+ ") \u2192 " + merge.keptName() + " (#" + merge.keptId() + "), " + accounts + " account(s)");
		return Map.of("merge.moved.accounts", accounts);
	}

	@Override
	public void moveBack(Merge merge, MergeTrace.Recorded moved) {
		moved.restore();
		this.audit.record(AuditKind.ORGANISATION_MERGE_UNDONE, null, null,
				merge.mergedName() + " (#" + merge.mergedId() + ") \u2190 " + merge.keptName() + " (#" + merge.keptId()
						+ "), " + moved.moves().size() + " change(s) undone");
	}

}
