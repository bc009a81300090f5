package org.passerelle.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The public registers' numbers an organisation is known by, besides the SIREN of its
 * legal unit, each with the format (and check character) its register gives it:
 * <ul>
 * <li>SIRET: an establishment, unique; its SIREN followed by five digits, a Luhn check
 * over the fourteen (La Poste's establishments, which share one SIREN: the sum of the
 * digits may instead be a multiple of five);</li>
 * <li>UAI: a school or university in the ministry's directory, seven digits and a check
 * letter (the seven digits modulo 23, among the letters without I, O and Q);</li>
 * <li>RNA: an association, W and nine digits;</li>
 * <li>ROR: a research organisation in the Research Organization Registry, 0, six
 * characters of Crockford's base 32 and two check digits (ISO 7064 mod 97-10);</li>
 * <li>VAT: an intra-community VAT number, two letters of the country then up to twelve
 * characters; a French one is FR, a two-digit key and the SIREN, the key being
 * {@code (12 + 3 × (SIREN mod 97)) mod 97}.</li>
 * </ul>
 */
public enum Identifier {

	SIRET(14), UAI(8), RNA(10), ROR(9), VAT(14);

	private static final String UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

	private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\u00a0\u202f]");

	private static final Pattern ROR_URL = Pattern.compile("^(?:https?://)?(?:www\\.)?ror\\.org/",
			Pattern.CASE_INSENSITIVE);

	private static final String LA_POSTE = "356000000";

	private final int maxLength;

	Identifier(int maxLength) {
		this.maxLength = maxLength;
	}

	/** The longest (cleaned) value. */
	public int maxLength() {
		return this.maxLength;
	}

	/** The field name the forms, the history and the messages use ("siret", "vat"). */
	public String field() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The value without the spaces, dots or dashes people type in it (and, for a ROR, the
	 * https://ror.org/ before it), in the register's case, or {@code null} when nothing
	 * was typed.
	 */
	public @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = SEPARATORS.matcher((this == ROR) ? ROR_URL.matcher(value.strip()).replaceFirst("") : value)
			.replaceAll("");
		if (this == ROR) {
			cleaned = cleaned.toLowerCase(Locale.ROOT);
		}
		else {
			cleaned = cleaned.toUpperCase(Locale.ROOT);
		}
		return cleaned.isEmpty() ? null : cleaned;
	}

	/** Whether the cleaned value is well formed and its check characters match. */
	public boolean isValid(@Nullable String value) {
		if (value == null) {
			return false;
		}
		return switch (this) {
			case SIRET -> value.matches("[0-9]{14}") && (Siren.luhn(value)
					|| (value.startsWith(LA_POSTE) && value.chars().map((c) -> c - '0').sum() % 5 == 0));
			case UAI -> value.matches("[0-9]{7}[A-Z]")
					&& UAI_LETTERS.charAt(Integer.parseInt(value.substring(0, 7)) % 23) == value.charAt(7);
			case RNA -> value.matches("W[0-9]{9}");
			case ROR -> value.matches("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}")
					&& rorChecksum(value.substring(0, 7)).equals(value.substring(7));
			case VAT -> validVat(value);
		};
	}

	/** The check letter that completes seven digits into a UAI. */
	static String uaiOf(String sevenDigits) {
		return sevenDigits + UAI_LETTERS.charAt(Integer.parseInt(sevenDigits) % 23);
	}

	/** The French VAT number of a SIREN. */
	public static String frenchVatOf(String siren) {
		long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
		return "FR" + String.format(Locale.ROOT, "%02d", key) + siren;
	}

	private static String rorChecksum(String sevenCharacters) {
		long number = 0;
		for (char c : sevenCharacters.toCharArray()) {
			number = number * 32 + CROCKFORD.indexOf(c);
		}
		return String.format(Locale.ROOT, "%02d", 98 - ((number * 100) % 97));
	}

	private static boolean validVat(String value) {
		if (!value.matches("[A-Z]{2}[0-9A-Z+*]{2,12}")) {
			return false;
		}
		if (value.startsWith("FR")) {
			// FR, a key (digits, or letters for some old numbers) and a valid SIREN
			String siren = value.substring(4);
			if (value.length() != 13 || !Siren.isValid(siren)) {
				return false;
			}
			String key = value.substring(2, 4);
			return !key.matches("[0-9]{2}") || frenchVatOf(siren).equals(value);
		}
		return true;
	}

}
