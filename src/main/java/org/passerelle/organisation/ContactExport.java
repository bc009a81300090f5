package org.passerelle.organisation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the directory keeps about one contact, as given to them on request.
 *
 * @param exportedAt when the export was made
 * @param organisation the organisation the contact belongs to
 * @param firstName first name
 * @param lastName last name
 * @param jobTitle function
 * @param email e-mail
 * @param phone phone
 * @param notes notes
 * @param purpose why the data is kept
 * @param createdAt when the contact was added
 * @param createdBy who added it
 * @param updatedAt when it last changed
 * @param updatedBy who last changed it
 * @param history every recorded change
 */
public record ContactExport(Instant exportedAt, String organisation, @Nullable String firstName,
		@Nullable String lastName, @Nullable String jobTitle, @Nullable String email, @Nullable String phone,
		@Nullable String notes, String purpose, @Nullable Instant createdAt, @Nullable String createdBy,
		@Nullable Instant updatedAt, @Nullable String updatedBy, List<Change> history) {

	/**
	 * One recorded change.
	 *
	 * @param at when
	 * @param by who
	 * @param action what
	 * @param fields the fields changed, before and after
	 */
	public record Change(Instant at, String by, String action, List<FieldChange> fields) {

	}

}
