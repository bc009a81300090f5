package org.passerelle.organisation.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.ImportField;
import org.passerelle.organisation.OrganisationKind;

/**
 * The field chosen for each column of the file, the kind of rows that do not say, and
 * whether empty cells clear the stored values.
 */
class MappingForm {

	private List<String> fields = new ArrayList<>();

	@Nullable private OrganisationKind defaultKind;

	private boolean emptyCellsClear;

	static MappingForm of(List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind,
			boolean emptyCellsClear) {
		MappingForm form = new MappingForm();
		mapping.forEach((field) -> form.fields.add((field != null) ? field.name() : ""));
		form.defaultKind = defaultKind;
		form.emptyCellsClear = emptyCellsClear;
		return form;
	}

	List<@Nullable ImportField> toMapping(int columns) {
		List<@Nullable ImportField> mapping = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			String value = (i < this.fields.size()) ? this.fields.get(i) : null;
			ImportField field = null;
			if (value != null && !value.isBlank()) {
				try {
					field = ImportField.valueOf(value);
				}
				catch (IllegalArgumentException ex) {
					field = null;
				}
			}
			mapping.add(field);
		}
		return mapping;
	}

	public List<String> getFields() {
		return this.fields;
	}

	public void setFields(List<String> fields) {
		this.fields = fields;
	}

	public boolean isEmptyCellsClear() {
		return this.emptyCellsClear;
	}

	public void setEmptyCellsClear(boolean emptyCellsClear) {
		this.emptyCellsClear = emptyCellsClear;
	}

	@Nullable public OrganisationKind getDefaultKind() {
		return this.defaultKind;
	}

	public void setDefaultKind(@Nullable OrganisationKind defaultKind) {
		this.defaultKind = defaultKind;
	}

}
