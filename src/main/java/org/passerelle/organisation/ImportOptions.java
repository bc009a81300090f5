package org.passerelle.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the person chose for an import: the field of each column, the kind of rows that do
 * not say, the Passerelle value of each value of the file's lists, and whether empty
 * cells clear what the directory holds.
 *
 * @param mapping the field of each column, or {@code null} for a column left out
 * @param defaultKind the kind of rows whose kind is not in the file
 * @param values for each enumerated field, a value of the file (normalised, see
 * {@link SearchText}) → the name of a Passerelle value, or {@code ""} to leave the field
 * empty; a value of the file not listed here is taken as Passerelle names it, if it does
 * @param emptyCellsClear whether an empty cell clears the stored value (by default it
 * keeps it)
 */
public record ImportOptions(List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind,
		Map<ImportField, Map<String, String>> values, boolean emptyCellsClear) implements Serializable {

	public ImportOptions {
		mapping = Collections.unmodifiableList(new ArrayList<>(mapping));
		Map<ImportField, Map<String, String>> copy = new EnumMap<>(ImportField.class);
		values.forEach((field, map) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(map))));
		values = Collections.unmodifiableMap(copy);
	}

	/** A mapping of columns only, values taken as Passerelle names them. */
	public static ImportOptions of(List<@Nullable ImportField> mapping, @Nullable OrganisationKind defaultKind) {
		return new ImportOptions(mapping, defaultKind, Map.of(), false);
	}

	public ImportOptions withValues(Map<ImportField, Map<String, String>> values, boolean emptyCellsClear) {
		return new ImportOptions(this.mapping, this.defaultKind, values, emptyCellsClear);
	}

	/** The column of each mapped field (the first, should one be chosen twice). */
	public Map<ImportField, Integer> columns(int headers) {
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		for (int i = 0; i < this.mapping.size() && i < headers; i++) {
			if (this.mapping.get(i) != null) {
				columns.putIfAbsent(this.mapping.get(i), i);
			}
		}
		return columns;
	}

	/** The enumerated fields mapped to a column, in the order of the fields. */
	public List<ImportField> enumeratedFields() {
		return this.mapping.stream()
			.filter((field) -> field != null && field.isEnumerated())
			.distinct()
			.sorted()
			.map((field) -> (ImportField) field)
			.toList();
	}

}
