package org.passerelle.organisation;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One row of an import, as the preview shows it: what will happen to it, and what is
 * wrong with it.
 *
 * @param line the file line the row starts on
 * @param name the organisation's name, as read
 * @param city its city, as read
 * @param action what the import will do with it
 * @param existingId the organisation it updates
 * @param changes what an update changes
 * @param errors what is wrong, in plain words
 * @param details what will be written
 * @param existingVersion the version of the organisation it updates
 * @param clusterIds the clusters it will belong to
 * @param parentId the institution it will belong to
 * @param snapshot the organisation as it will be, for its history
 * @param similarId an organisation of the directory whose name is similar (trigram
 * matcher), in the same city or where a city is unknown: probably the same, for the
 * person to decide
 * @param similarName its name
 * @param alternative what the row does if the person chooses to update that organisation
 * rather than create a new one (this row, by default)
 */
public record ImportRow(int line, String name, String city, Action action, @Nullable Long existingId,
		List<FieldChange> changes, List<RowError> errors, @Nullable OrganisationDetails details, long existingVersion,
		Set<Long> clusterIds, @Nullable Long parentId, java.util.Map<String, String> snapshot, @Nullable Long similarId,
		@Nullable String similarName, @Nullable ImportRow alternative) implements Serializable {

	public ImportRow(int line, String name, String city, Action action, @Nullable Long existingId,
			List<FieldChange> changes, List<RowError> errors, @Nullable OrganisationDetails details,
			long existingVersion, Set<Long> clusterIds, @Nullable Long parentId,
			java.util.Map<String, String> snapshot) {
		this(line, name, city, action, existingId, changes, errors, details, existingVersion, clusterIds, parentId,
				snapshot, null, null, null);
	}

	/**
	 * This row (a new organisation) with an organisation probably the same, and what the
	 * row does if the person chooses to update it.
	 */
	ImportRow withSimilar(Organisation similar, ImportRow update) {
		return new ImportRow(this.line, this.name, this.city, this.action, this.existingId, this.changes, this.errors,
				this.details, this.existingVersion, this.clusterIds, this.parentId, this.snapshot, similar.getId(),
				similar.getName(), update);
	}

	/**
	 * The row as the person chose: the update of the similar organisation when they chose
	 * it ({@code chosenId} is its id), otherwise this row.
	 */
	public ImportRow chosen(@Nullable Long chosenId) {
		return (this.alternative != null && chosenId != null && chosenId.equals(this.similarId)) ? this.alternative
				: this;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/**
	 * What the import does with a row.
	 */
	public enum Action {

		CREATE, UPDATE, UNCHANGED, ERROR;

		public String messageKey() {
			return "import.action." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * What is wrong in a row.
	 *
	 * @param column the column's header, or empty for the whole row
	 * @param messageKey the message that says what is wrong
	 * @param arguments the message's arguments
	 */
	public record RowError(String column, String messageKey, List<Object> arguments) implements Serializable {

		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}
