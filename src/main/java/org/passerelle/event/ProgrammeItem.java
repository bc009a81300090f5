package org.passerelle.event;

import java.time.LocalTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * One item of a session's programme: a time and what happens then ("11:30 Programme
 * presentation").
 */
@Embeddable
public class ProgrammeItem {

	@Column(nullable = false)
	private LocalTime at;

	@Nullable private String titleFr;

	@Nullable private String titleEn;

	protected ProgrammeItem() {
		this.at = LocalTime.MIDNIGHT;
	}

	public ProgrammeItem(LocalTime at, EventTitle title) {
		if (title.isEmpty()) {
			throw new IllegalArgumentException("A programme item says what happens");
		}
		this.at = at;
		this.titleFr = title.fr();
		this.titleEn = title.en();
	}

	public LocalTime getAt() {
		return this.at;
	}

	public EventTitle getTitle() {
		return new EventTitle(this.titleFr, this.titleEn);
	}

	public String title(Locale locale) {
		return getTitle().in(locale);
	}

	/** See {@link EventTitle#languageIfOther}. */
	public @Nullable String titleLanguage(Locale locale) {
		return getTitle().languageIfOther(locale);
	}

}
