package org.passerelle.organisation;

import org.jspecify.annotations.Nullable;

/**
 * The SIREN, the 9-digit number INSEE gives every French company: its last digit is a
 * Luhn check digit.
 */
public final class Siren {

	private Siren() {
	}

	/**
	 * The SIREN without the spaces, dots or dashes people type in it, or {@code null}
	 * when nothing was typed.
	 */
	public static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = value.replaceAll("[\\s.\\-\u00a0\u202f]", "");
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** Whether the (cleaned) value is nine digits with a correct check digit. */
	public static boolean isValid(@Nullable String siren) {
		if (siren == null || siren.length() != 9 || !siren.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return false;
		}
		return luhn(siren);
	}

	/** Whether the value has nine digits (its check digit may still be wrong). */
	public static boolean hasNineDigits(@Nullable String siren) {
		return siren != null && siren.matches("[0-9]{9}");
	}

	/** The check digit that completes eight digits into a valid SIREN. */
	public static String complete(String eightDigits) {
		for (int digit = 0; digit <= 9; digit++) {
			if (luhn(eightDigits + digit)) {
				return eightDigits + digit;
			}
		}
		throw new IllegalStateException("No check digit for " + eightDigits);
	}

	static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
