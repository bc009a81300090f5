package org.passerelle.convention;

import java.util.Locale;

/**
 * What a convention's document is: the signed convention itself (a PDF) or an annex.
 */
public enum DocumentKind {

	SIGNED, ANNEX;

	public String messageKey() {
		return "document.kind." + name().toLowerCase(Locale.ROOT);
	}

}
