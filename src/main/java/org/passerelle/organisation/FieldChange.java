package org.passerelle.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a recorded change, with its value before and after.
 *
 * @param field the field's name, such as {@code city} or {@code contact.email}
 * @param before the value before the change (empty when there was none)
 * @param after the value after the change (empty when there is none)
 */
public record FieldChange(String field, String before, String after) implements Serializable {

	/** What an erased contact's values are replaced with in history. */
	static final String ERASED = "\u2205";

	private static final char UNIT = '\u001f';

	private static final char RECORD = '\u001e';

	/** The message key of the field's label. */
	public String labelKey() {
		return this.field.startsWith("merge.moved.") ? this.field : "change.field." + this.field;
	}

	/**
	 * Whether the values are numbers the reader expects grouped in their language's way
	 * ("79 000"): key figures and the counts of what a merge moved.
	 */
	public boolean isNumeric() {
		return (this.field.startsWith("figures.") && !this.field.equals("figures.year"))
				|| this.field.startsWith("merge.moved.");
	}

	/** A value of a numeric field, as a number (null when empty or not a number). */
	@Nullable public Long number(String value) {
		try {
			return value.isEmpty() ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public boolean isErased() {
		return ERASED.equals(this.before) && ERASED.equals(this.after);
	}

	/**
	 * The message key of the value before, for values that are codes (kind, region...).
	 */
	@Nullable public String beforeKey() {
		return valueKey(this.before);
	}

	@Nullable public String afterKey() {
		return valueKey(this.after);
	}

	private @Nullable String valueKey(String value) {
		if (value.isEmpty() || isErased()) {
			return null;
		}
		try {
			return switch (this.field) {
				case "kind" -> OrganisationKind.valueOf(value).messageKey();
				case "sizeClass" -> SizeClass.valueOf(value).messageKey();
				case "sector" -> Sector.valueOf(value).messageKey();
				case "region" -> Region.valueOf(value).messageKey();
				case "contact.purpose" -> ContactPurpose.valueOf(value).messageKey();
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String encode(List<FieldChange> changes) {
		StringBuilder text = new StringBuilder();
		for (FieldChange change : changes) {
			if (!text.isEmpty()) {
				text.append(RECORD);
			}
			text.append(clean(change.field))
				.append(UNIT)
				.append(clean(change.before))
				.append(UNIT)
				.append(clean(change.after));
		}
		return text.toString();
	}

	static List<FieldChange> decode(@Nullable String text) {
		List<FieldChange> changes = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return changes;
		}
		for (String line : text.split(String.valueOf(RECORD), -1)) {
			String[] parts = line.split(String.valueOf(UNIT), -1);
			if (parts.length == 3) {
				changes.add(new FieldChange(parts[0], parts[1], parts[2]));
			}
		}
		return changes;
	}

	private static String clean(String value) {
		String cleaned = value.replace(UNIT, ' ').replace(RECORD, ' ');
		return (cleaned.length() > 1500) ? cleaned.substring(0, 1500) + "\u2026" : cleaned;
	}

}
