package org.passerelle.organisation;

import java.io.Serializable;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where an organisation is and the public registers' numbers it is known by, beside its
 * SIREN (see {@link Identifier}).
 *
 * @param siret its establishment's SIRET (unique in the directory)
 * @param uai its UAI, for schools and universities
 * @param rna its RNA number, for associations
 * @param ror its ROR identifier, for research organisations
 * @param vatNumber its intra-community VAT number, for organisations abroad above all
 * @param country the two-letter ISO code of its country ("FR")
 * @param streetAddress the street and number
 * @param postalCode the postal code
 * @param phone its switchboard's phone number
 */
public record EstablishmentDetails(@Nullable String siret, @Nullable String uai, @Nullable String rna,
		@Nullable String ror, @Nullable String vatNumber, String country, @Nullable String streetAddress,
		@Nullable String postalCode, @Nullable String phone) implements Serializable {

	/** France, and nothing else known. */
	public static final EstablishmentDetails NONE = new EstablishmentDetails(null, null, null, null, null, "FR", null,
			null, null);

	public EstablishmentDetails {
		country = country.strip().toUpperCase(Locale.ROOT);
	}

	/** The value of one identifier. */
	public @Nullable String identifier(Identifier identifier) {
		return switch (identifier) {
			case SIRET -> this.siret;
			case UAI -> this.uai;
			case RNA -> this.rna;
			case ROR -> this.ror;
			case VAT -> this.vatNumber;
		};
	}

}
