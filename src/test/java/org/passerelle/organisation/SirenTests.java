package org.passerelle.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SIREN has nine digits, the last a Luhn check digit.
 */
class SirenTests {

	@Test
	void acceptsRealSirens() {
		assertThat(Siren.isValid("562024422")).as("CMA CGM").isTrue();
		assertThat(Siren.isValid("424365336")).as("Innate Pharma").isTrue();
		assertThat(Siren.isValid("552032534")).isTrue();
		assertThat(Siren.isValid("542051180")).isTrue();
	}

	@Test
	void refusesAWrongCheckDigitOrAWrongLength() {
		assertThat(Siren.isValid("562024423")).isFalse();
		assertThat(Siren.isValid("424365335")).isFalse();
		assertThat(Siren.isValid("56202442")).isFalse();
		assertThat(Siren.isValid("5620244220")).isFalse();
		assertThat(Siren.isValid("56202442a")).isFalse();
		assertThat(Siren.isValid(null)).isFalse();
		assertThat(Siren.hasNineDigits("562024423")).isTrue();
		assertThat(Siren.hasNineDigits("5620 2442")).isFalse();
	}

	@Test
	void cleansWhatPeopleType() {
		assertThat(Siren.clean(" 562 024 422 ")).isEqualTo("562024422");
		assertThat(Siren.clean("562.024.422")).isEqualTo("562024422");
		assertThat(Siren.clean("562\u00a0024\u00a0422")).isEqualTo("562024422");
		assertThat(Siren.clean("   ")).isNull();
		assertThat(Siren.clean(null)).isNull();
	}

	@Test
	void completesEightDigitsWithTheirCheckDigit() {
		for (int base = 10_000_000; base < 10_000_100; base++) {
			String siren = Siren.complete(String.valueOf(base));
			assertThat(siren).hasSize(9).startsWith(String.valueOf(base));
			assertThat(Siren.isValid(siren)).isTrue();
		}
	}

}
