package org.passerelle.event;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The person a registration is for.
 *
 * @param name their full name
 * @param jobTitle their job (employees of an organisation), if given
 * @param email where the mails about the registration go
 * @param language the language of those mails
 */
public record Attendee(String name, @Nullable String jobTitle, String email, Locale language) {

	public Attendee {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(email, "email");
		if (name.isBlank() || email.isBlank()) {
			throw new IllegalArgumentException("An attendee has a name and an e-mail address");
		}
		name = name.strip();
		email = email.strip();
		jobTitle = (jobTitle == null || jobTitle.isBlank()) ? null : jobTitle.strip();
		language = Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}

	@Override
	public String toString() {
		return "Attendee[" + this.email + "]";
	}

}
