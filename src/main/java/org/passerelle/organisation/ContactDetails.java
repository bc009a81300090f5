package org.passerelle.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What is kept about a contact.
 *
 * @param firstName first name
 * @param lastName last name
 * @param jobTitle their function at the organisation
 * @param email work e-mail
 * @param phone work phone
 * @param notes free notes, kept to what the purpose needs
 * @param purpose why the data is kept
 */
public record ContactDetails(@Nullable String firstName, String lastName, @Nullable String jobTitle,
		@Nullable String email, @Nullable String phone, @Nullable String notes, ContactPurpose purpose) {

}
