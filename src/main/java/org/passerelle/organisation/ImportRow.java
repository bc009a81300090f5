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
 */
public record ImportRow(int line, String name, String city, Action action, @Nullable Long existingId,
		List<FieldChange> changes, List<RowError> errors, @Nullable OrganisationDetails details, long existingVersion,
		Set<Long> clusterIds, @Nullable Long parentId, java.util.Map<String, String> snapshot) implements Serializable {

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
