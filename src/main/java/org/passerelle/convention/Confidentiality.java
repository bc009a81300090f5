package org.passerelle.convention;

import java.util.Locale;

/**
 * Who may read a convention beyond its parties: everyone signed in sees the public
 * summary of a public convention; an internal one is seen by its parties only.
 */
public enum Confidentiality {

	PUBLIC, INTERNAL;

	public String messageKey() {
		return "convention.confidentiality." + name().toLowerCase(Locale.ROOT);
	}

}
