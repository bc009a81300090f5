package org.passerelle.organisation;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a person chooses, field by field, when merging two organisations: the kept one's
 * value or the other's. Tags and clusters are not chosen: the kept one has both's.
 */
public enum MergeField {

	NAME(Organisation::getName), SHORT_NAME(Organisation::getShortName), KIND(Organisation::getKind),
	PARENT((o) -> (o.getParent() != null) ? o.getParent().getName() : null), SIREN(Organisation::getSiren),
	SIRET(Organisation::getSiret), UAI(Organisation::getUai), RNA(Organisation::getRna), ROR(Organisation::getRor),
	VAT(Organisation::getVatNumber), COUNTRY(Organisation::getCountry), STREET_ADDRESS(Organisation::getStreetAddress),
	POSTAL_CODE(Organisation::getPostalCode), CITY(Organisation::getCity), REGION(Organisation::getRegion),
	PHONE(Organisation::getPhone), SIZE_CLASS(Organisation::getSizeClass), SECTOR(Organisation::getSector),
	WEBSITE(Organisation::getWebsite), DESCRIPTION(Organisation::getDescription);

	private final Function<Organisation, @Nullable Object> value;

	MergeField(Function<Organisation, @Nullable Object> value) {
		this.value = value;
	}

	/** The organisation's value of this field (a name, a code or an enum constant). */
	public @Nullable Object valueOf(Organisation organisation) {
		return this.value.apply(organisation);
	}

	/**
	 * The message key of the organisation's value when it is a code (kind, region...).
	 */
	public @Nullable String messageKeyOf(Organisation organisation) {
		Object value = valueOf(organisation);
		if (value instanceof OrganisationKind kind) {
			return kind.messageKey();
		}
		if (value instanceof SizeClass size) {
			return size.messageKey();
		}
		if (value instanceof Sector sector) {
			return sector.messageKey();
		}
		if (value instanceof Region region) {
			return region.messageKey();
		}
		return null;
	}

	/**
	 * Whether the two organisations have different values: only then is there a choice.
	 */
	public boolean differs(Organisation first, Organisation second) {
		return !java.util.Objects.equals(valueOf(first), valueOf(second));
	}

	/** The message key of the field's label (the history's). */
	public String labelKey() {
		String camel = switch (this) {
			case SHORT_NAME -> "shortName";
			case STREET_ADDRESS -> "streetAddress";
			case POSTAL_CODE -> "postalCode";
			case SIZE_CLASS -> "sizeClass";
			default -> name().toLowerCase(Locale.ROOT);
		};
		return "change.field." + camel;
	}

}
