package org.passerelle.stand.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.stand.Money;
import org.passerelle.stand.StandType;
import org.passerelle.stand.StandTypeDetails;

/**
 * A stand type as staff type it: the price in units with a decimal comma or point
 * ({@code 600}, {@code 600,00}, {@code 1 200.50}).
 */
class StandTypeForm {

	/** The currencies offered. */
	static final List<String> CURRENCIES = List.of("EUR", "CHF", "GBP", "USD");

	/** A price in units, with at most two decimals after a comma or a point. */
	static final String PRICE = "\\s*\\d{1,3}([ \\u00A0\\u202F]?\\d{3})*([.,]\\d{1,2})?\\s*";

	@NotBlank
	@Size(max = 200)
	private String nameFr = "";

	@Size(max = 200)
	private String nameEn = "";

	@NotBlank
	@Pattern(regexp = PRICE)
	private String price = "";

	@NotBlank
	private String currency = "EUR";

	@NotNull
	@Min(1)
	@Max(1000)
	@Nullable private Integer perSession;

	@NotNull
	@Min(1)
	@Max(StandType.MAX_COMPANIES)
	@Nullable private Integer maxCompanies = 1;

	StandTypeDetails details() {
		String digits = this.price.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.');
		long cents = new BigDecimal(digits).movePointRight(2).longValueExact();
		return new StandTypeDetails(this.nameFr, this.nameEn,
				new Money(cents, Currency.getInstance(this.currency).getCurrencyCode()),
				(this.perSession != null) ? this.perSession : 0, (this.maxCompanies != null) ? this.maxCompanies : 0);
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(@Nullable String nameFr) {
		this.nameFr = (nameFr != null) ? nameFr : "";
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(@Nullable String nameEn) {
		this.nameEn = (nameEn != null) ? nameEn : "";
	}

	public String getPrice() {
		return this.price;
	}

	public void setPrice(@Nullable String price) {
		this.price = (price != null) ? price : "";
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(@Nullable String currency) {
		this.currency = (currency != null && CURRENCIES.contains(currency)) ? currency : "EUR";
	}

	@Nullable public Integer getPerSession() {
		return this.perSession;
	}

	public void setPerSession(@Nullable Integer perSession) {
		this.perSession = perSession;
	}

	@Nullable public Integer getMaxCompanies() {
		return this.maxCompanies;
	}

	public void setMaxCompanies(@Nullable Integer maxCompanies) {
		this.maxCompanies = maxCompanies;
	}

}
