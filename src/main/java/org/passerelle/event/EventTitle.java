package org.passerelle.event;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A text given in French, English or both; read in one language, it falls back to the
 * other when missing.
 */
public record EventTitle(@Nullable String fr, @Nullable String en) {

	public EventTitle {
		fr = blankToNull(fr);
		en = blankToNull(en);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public boolean isEmpty() {
		return this.fr == null && this.en == null;
	}

	/** The text in the given language, or in the other one if it was not given. */
	public String in(Locale locale) {
		String preferred = "fr".equals(locale.getLanguage()) ? this.fr : this.en;
		String other = "fr".equals(locale.getLanguage()) ? this.en : this.fr;
		return (preferred != null) ? preferred : (other != null) ? other : "";
	}

	/**
	 * The language of the text {@link #in read in this locale} when it is the other one
	 * (the text was given in that language only), or {@code null} when it is the
	 * reader's: for the {@code lang} attribute of what shows it, so that a screen reader
	 * reads it in its own language.
	 */
	public @Nullable String languageIfOther(Locale locale) {
		boolean french = "fr".equals(locale.getLanguage());
		String preferred = french ? this.fr : this.en;
		String other = french ? this.en : this.fr;
		return (preferred == null && other != null) ? (french ? "en" : "fr") : null;
	}

}
