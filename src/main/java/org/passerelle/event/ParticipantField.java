package org.passerelle.event;

import java.util.List;

/**
 * What a column of a participants' file can be: the full name, or first and last names,
 * the e-mail address and the language of the mails.
 */
public enum ParticipantField {

	NAME("nom complet", "nom et prenom", "name", "full name", "participant"),
	FIRST_NAME("prenom", "first name", "firstname", "given name"),
	LAST_NAME("nom", "nom de famille", "last name", "lastname", "surname", "family name"),
	EMAIL("email", "e mail", "courriel", "adresse email", "adresse e mail", "mail", "adresse electronique"),
	LANGUAGE("langue", "language", "lang");

	private final List<String> headers;

	ParticipantField(String... headers) {
		this.headers = List.of(headers);
	}

	/** Headers (normalised) that mean this field, in French and English. */
	List<String> headers() {
		return this.headers;
	}

	public String messageKey() {
		return "event.import.field." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
