package org.passerelle.organisation.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.CsvTable;
import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.ImportOptions;
import org.passerelle.organisation.ImportResult;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.StoredImports;

/**
 * An import between its upload and its confirmation, as the person's session knows it:
 * the id of the stored file ({@link StoredImports}), its headers and first rows, and the
 * person's choices. Small and serializable (sessions are stored in the database and
 * shared between instances): neither the file nor its rows are here.
 */
class PendingImport implements Serializable {

	private static final long serialVersionUID = 2L;

	static final String SESSION_ATTRIBUTE = PendingImport.class.getName();

	private final StoredImports.StoredFile file;

	private ImportOptions options;

	private boolean planned;

	@Nullable private ImportResult result;

	PendingImport(StoredImports.StoredFile file, ImportOptions options) {
		this.file = file;
		this.options = options;
	}

	public String getToken() {
		return this.file.id().toString();
	}

	UUID id() {
		return this.file.id();
	}

	public String getFileName() {
		return this.file.fileName();
	}

	public List<String> getHeaders() {
		return this.file.headers();
	}

	public int getRowCount() {
		return this.file.rowCount();
	}

	public List<CsvTable.Row> getSamples() {
		return this.file.samples();
	}

	public ImportOptions getOptions() {
		return this.options;
	}

	public List<@Nullable ImportField> getMapping() {
		return this.options.mapping();
	}

	public @Nullable OrganisationKind getDefaultKind() {
		return this.options.defaultKind();
	}

	public boolean isPlanned() {
		return this.planned;
	}

	public @Nullable ImportResult getResult() {
		return this.result;
	}

	void chose(ImportOptions options) {
		this.options = options;
		this.planned = false;
	}

	void planned() {
		this.planned = true;
	}

	void done(ImportResult result) {
		this.result = result;
	}

}
