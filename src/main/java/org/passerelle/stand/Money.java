package org.passerelle.stand;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in whole cents (the currency's minor unit) with its currency, as it
 * is stored; shown in the reader's locale ({@code 600,00 €} in French, {@code €600.00} in
 * English).
 *
 * @param cents the amount in cents
 * @param currency the ISO 4217 code, such as {@code EUR}
 */
public record Money(long cents, String currency) {

	public Money {
		Currency.getInstance(currency);
	}

	public static Money euros(long cents) {
		return new Money(cents, "EUR");
	}

	/** The amount as the reader's locale writes it. */
	public String format(Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		Currency unit = Currency.getInstance(this.currency);
		format.setCurrency(unit);
		int digits = Math.max(0, unit.getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(this.cents, digits));
	}

	/** The amount in units, with a point (for files), such as {@code 600.00}. */
	public String plain() {
		return BigDecimal
			.valueOf(this.cents, Math.max(0, Currency.getInstance(this.currency).getDefaultFractionDigits()))
			.toPlainString();
	}

	@Override
	public String toString() {
		return plain() + " " + this.currency;
	}

}
