package org.passerelle.convention;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * A theme conventions are organised in (recruitment, training, research...), named and
 * described in French and English. Retired pillars stay on the conventions that use them
 * but are offered no more.
 */
@Entity
@Table(name = "pillar")
public class Pillar extends AuditedEntity {

	@Column(nullable = false, length = 120)
	private String nameFr;

	@Column(nullable = false, length = 120)
	private String nameEn;

	@Column(length = 1000)
	@Nullable private String descriptionFr;

	@Column(length = 1000)
	@Nullable private String descriptionEn;

	@Column(nullable = false, length = 20)
	private String colour;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean retired;

	protected Pillar() {
		this.nameFr = "";
		this.nameEn = "";
		this.colour = PillarColour.NAVY.key();
	}

	Pillar(PillarDetails details, int position) {
		this();
		update(details);
		this.position = position;
	}

	void update(PillarDetails details) {
		this.nameFr = details.nameFr().strip();
		this.nameEn = details.nameEn().strip();
		this.descriptionFr = blankToNull(details.descriptionFr());
		this.descriptionEn = blankToNull(details.descriptionEn());
		this.colour = details.colour().key();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	@Nullable public String getDescriptionFr() {
		return this.descriptionFr;
	}

	@Nullable public String getDescriptionEn() {
		return this.descriptionEn;
	}

	/** The name in the reader's language (French unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameFr;
	}

	@Nullable public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.descriptionEn : this.descriptionFr;
	}

	public PillarColour getColour() {
		return PillarColour.of(this.colour);
	}

	public int getPosition() {
		return this.position;
	}

	void setPosition(int position) {
		this.position = position;
	}

	public boolean isRetired() {
		return this.retired;
	}

	void retire() {
		this.retired = true;
	}

	void restore() {
		this.retired = false;
	}

}
