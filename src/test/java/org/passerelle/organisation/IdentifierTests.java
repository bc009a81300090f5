package org.passerelle.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public registers' identifiers: formats, check characters, and what people type.
 */
class IdentifierTests {

	@Test
	void siretIsFourteenDigitsWithALuhnCheck() {
		assertThat(Identifier.SIRET.isValid("44306184100047")).isTrue();
		assertThat(Identifier.SIRET.isValid("73282932000074")).isTrue();
		assertThat(Identifier.SIRET.isValid("44306184100048")).as("wrong check digit").isFalse();
		assertThat(Identifier.SIRET.isValid("4430618410004")).as("13 digits").isFalse();
		assertThat(Identifier.SIRET.isValid("4430618410004A")).isFalse();
		assertThat(Identifier.SIRET.clean(" 443 061 841 00047 ")).isEqualTo("44306184100047");
	}

	@Test
	void laPosteEstablishmentsMaySumToAMultipleOfFive() {
		assertThat(Identifier.SIRET.isValid("35600000000048")).as("head office, Luhn").isTrue();
		assertThat(Identifier.SIRET.isValid("35600000000010")).as("sum 15, not Luhn").isTrue();
		assertThat(Identifier.SIRET.isValid("35600000000011")).as("sum 16").isFalse();
		assertThat(Identifier.SIRET.isValid("12300000000010")).as("the exception is La Poste's only").isFalse();
	}

	@Test
	void uaiIsSevenDigitsAndItsCheckLetter() {
		assertThat(Identifier.UAI.isValid("0134009M")).as("Aix-Marseille Université").isTrue();
		assertThat(Identifier.UAI.isValid("0755890V")).isTrue();
		assertThat(Identifier.UAI.clean("0134009m")).isEqualTo("0134009M");
		assertThat(Identifier.UAI.isValid("0134009N")).as("wrong letter").isFalse();
		assertThat(Identifier.UAI.isValid("134009M")).isFalse();
		for (int n = 1_300_000; n < 1_300_200; n++) {
			String uai = Identifier.uaiOf(String.format("%07d", n));
			assertThat(Identifier.UAI.isValid(uai)).isTrue();
			assertThat(uai.charAt(7)).isNotIn('I', 'O', 'Q');
		}
	}

	@Test
	void rnaIsWAndNineDigits() {
		assertThat(Identifier.RNA.isValid("W133001234")).isTrue();
		assertThat(Identifier.RNA.clean("w133 001 234")).isEqualTo("W133001234");
		assertThat(Identifier.RNA.isValid("W13300123")).isFalse();
		assertThat(Identifier.RNA.isValid("X133001234")).isFalse();
	}

	@Test
	void rorHasTwoCheckDigitsAndMayBeItsAddress() {
		assertThat(Identifier.ROR.isValid("035xkbk20")).as("Aix-Marseille Université").isTrue();
		assertThat(Identifier.ROR.isValid("02feahw73")).as("CNRS").isTrue();
		assertThat(Identifier.ROR.clean("https://ror.org/035XKBK20")).isEqualTo("035xkbk20");
		assertThat(Identifier.ROR.isValid("035xkbk21")).as("wrong check digits").isFalse();
		assertThat(Identifier.ROR.isValid("035xkbl20")).as("l is not Crockford base 32").isFalse();
	}

	@Test
	void aFrenchVatNumberIsItsKeyAndTheSiren() {
		assertThat(Identifier.frenchVatOf("562024422")).isEqualTo("FR72562024422");
		assertThat(Identifier.VAT.isValid("FR72562024422")).isTrue();
		assertThat(Identifier.VAT.clean("fr 72 562 024 422")).isEqualTo("FR72562024422");
		assertThat(Identifier.VAT.isValid("FR73562024422")).as("wrong key").isFalse();
		assertThat(Identifier.VAT.isValid("FR72562024423")).as("invalid SIREN").isFalse();
		assertThat(Identifier.VAT.isValid("DE123456789")).as("abroad: format only").isTrue();
		assertThat(Identifier.VAT.isValid("D1234")).isFalse();
	}

	@Test
	void theOrganisationRefusesAnInvalidIdentifier() {
		EstablishmentDetails wrong = new EstablishmentDetails("44306184100048", "0134009N", null, null, null, "fra",
				null, null, null);
		assertThat(Organisation.rulesBrokenBy(wrong)).extracting(Organisation.Broken::field)
			.containsExactly("siret", "uai", "country");
		assertThat(Organisation.rulesBrokenBy(new EstablishmentDetails("44306184100047", "0134009M", "W133001234",
				"035xkbk20", "FR72562024422", "fr", null, null, null)))
			.isEmpty();
	}

}
