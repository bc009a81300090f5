package org.passerelle.convention;

import java.util.Locale;

/**
 * The colours a pillar may take: a palette whose every colour carries white text with a
 * contrast ratio of 4.5:1 or more (see {@code passerelle.css}, classes
 * {@code pillar-<colour>}).
 */
public enum PillarColour {

	NAVY("#1d3f6e"), TEAL("#0b6470"), GREEN("#2a6a2e"), OLIVE("#5a5a1a"), AMBER("#8a4b00"), BRICK("#a0341f"),
	PLUM("#6b2c6b"), INDIGO("#3c3f9e"), SLATE("#4a5560"), ROSE("#9c2852");

	private final String hex;

	PillarColour(String hex) {
		this.hex = hex;
	}

	/** The colour itself, as in {@code passerelle.css}: for charts drawn in SVG. */
	public String hex() {
		return this.hex;
	}

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
