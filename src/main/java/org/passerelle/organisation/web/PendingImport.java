package org.passerelle.organisation.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportPlan;
import org.passerelle.organisation.OrganisationKind;

/**
 * An import between its upload and its confirmation, kept in the person's session
 * (serializable, so that sessions can be stored or shared between instances).
 */
class PendingImport implements Serializable {

	private static final long serialVersionUID = 1L;

	static final String SESSION_ATTRIBUTE = PendingImport.class.getName();

	private final String token = UUID.randomUUID().toString();

	private final String fileName;

	private final CsvTable table;

	private List<@Nullable ImportField> mapping;

	@Nullable private OrganisationKind defaultKind;

	@Nullable private ImportPlan plan;

	PendingImport(String fileName, CsvTable table, List<@Nullable ImportField> mapping) {
		this.fileName = fileName;
		this.table = table;
		this.mapping = mapping;
	}

	public String getToken() {
		return this.token;
	}

	public String getFileName() {
		return this.fileName;
	}

	public CsvTable getTable() {
		return this.table;
	}

	public List<@Nullable ImportField> getMapping() {
		return this.mapping;
	}

	public @Nullable OrganisationKind getDefaultKind() {
		return this.defaultKind;
	}

	public @Nullable ImportPlan getPlan() {
		return this.plan;
	}

	void mapped(List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind, ImportPlan plan) {
		this.mapping = mapping;
		this.defaultKind = defaultKind;
		this.plan = plan;
	}

	void planned(ImportPlan plan) {
		this.plan = plan;
	}

}
