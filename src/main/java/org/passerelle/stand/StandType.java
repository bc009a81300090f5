package org.passerelle.stand;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.passerelle.event.EventTitle;
import org.passerelle.shared.AuditedEntity;

/**
 * A kind of stand an event offers (a standard stand, a corner stand, a start-up table):
 * its price for the whole event, how many of it each session has, and how many companies
 * may share one.
 */
@Entity
@Table(name = "stand_type")
public class StandType extends AuditedEntity {

	/** Most companies sharing one stand. */
	public static final int MAX_COMPANIES = 10;

	@Column(nullable = false)
	private long eventId;

	@Column(nullable = false, length = 200)
	private String nameFr;

	@Column(length = 200)
	@Nullable private String nameEn;

	@Column(nullable = false)
	private long priceCents;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(nullable = false)
	private int perSession;

	@Column(nullable = false)
	private int maxCompanies;

	protected StandType() {
		this.nameFr = "";
		this.currency = "EUR";
	}

	/**
	 * @throws StandRefusedException if the details break a rule
	 */
	public StandType(long eventId, StandTypeDetails details) {
		this();
		this.eventId = eventId;
		change(details);
	}

	/**
	 * @throws StandRefusedException if there is no name, the price is negative, or the
	 * numbers are out of bounds
	 */
	void change(StandTypeDetails details) {
		if (details.nameFr() == null || details.nameFr().isBlank()) {
			throw new StandRefusedException("stand.type.refused.noName");
		}
		if (details.price().cents() < 0) {
			throw new StandRefusedException("stand.type.refused.price");
		}
		if (details.perSession() < 1) {
			throw new StandRefusedException("stand.type.refused.perSession");
		}
		if (details.maxCompanies() < 1 || details.maxCompanies() > MAX_COMPANIES) {
			throw new StandRefusedException("stand.type.refused.maxCompanies");
		}
		this.nameFr = details.nameFr().strip();
		this.nameEn = (details.nameEn() != null && !details.nameEn().isBlank()) ? details.nameEn().strip() : null;
		this.priceCents = details.price().cents();
		this.currency = details.price().currency();
		this.perSession = details.perSession();
		this.maxCompanies = details.maxCompanies();
	}

	public long getEventId() {
		return this.eventId;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	@Nullable public String getNameEn() {
		return this.nameEn;
	}

	/** The name in the reader's language, or in French when there is no English one. */
	public String name(Locale locale) {
		return names().in(locale);
	}

	/** See {@link EventTitle#languageIfOther}. */
	public @Nullable String nameLanguage(Locale locale) {
		return names().languageIfOther(locale);
	}

	private EventTitle names() {
		return new EventTitle(this.nameFr, this.nameEn);
	}

	public Money getPrice() {
		return new Money(this.priceCents, this.currency);
	}

	public int getPerSession() {
		return this.perSession;
	}

	public int getMaxCompanies() {
		return this.maxCompanies;
	}

	public boolean isShareable() {
		return this.maxCompanies > 1;
	}

}
