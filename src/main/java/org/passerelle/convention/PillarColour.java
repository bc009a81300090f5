package org.passerelle.convention;

import java.util.Locale;

/**
 * The colours a pillar may take: a palette whose every colour carries white text with a
 * contrast ratio of 4.5:1 or more (see {@code passerelle.css}, classes
 * {@code pillar-<colour>}).
 */
public enum PillarColour {

	NAVY, TEAL, GREEN, OLIVE, AMBER, BRICK, PLUM, INDIGO, SLATE, ROSE;

	/** The value stored in the database and the suffix of the CSS class. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String cssClass() {
		return "pillar-" + key();
	}

	/** The CSS class of a section's left border in this colour. */
	public String borderClass() {
		return "pillar-border-" + key();
	}

	public String messageKey() {
		return "pillar.colour." + key();
	}

	public static PillarColour of(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
