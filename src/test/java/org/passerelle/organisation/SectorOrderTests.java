package org.passerelle.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sectors as lists and boxes show them: alphabetically in the reader's language
 * (accents where French puts them), "Other" last.
 */
class SectorOrderTests {

	private final SectorOrder order = new SectorOrder(messages());

	@Test
	void inFrenchAlphabeticallyWithOtherLast() {
		List<Sector> french = this.order.in(Locale.FRENCH);
		assertThat(french).hasSize(Sector.values().length)
			.startsWith(Sector.AEROSPACE_DEFENCE, Sector.AGRIFOOD, Sector.BANKING_INSURANCE, Sector.CONSTRUCTION,
					Sector.CHEMISTRY_MATERIALS, Sector.COSMETICS, Sector.ENERGY_ENVIRONMENT)
			.endsWith(Sector.HEALTH_BIOTECH, Sector.PUBLIC_SERVICE, Sector.SERVICES, Sector.TOURISM_CULTURE,
					Sector.OTHER);
	}

	@Test
	void inEnglishAlphabeticallyWithOtherLast() {
		List<Sector> english = this.order.in(Locale.ENGLISH);
		assertThat(english).hasSize(Sector.values().length)
			.startsWith(Sector.AEROSPACE_DEFENCE, Sector.AGRIFOOD, Sector.BANKING_INSURANCE, Sector.CHEMISTRY_MATERIALS,
					Sector.CONSTRUCTION, Sector.COSMETICS, Sector.DIGITAL, Sector.ENERGY_ENVIRONMENT,
					Sector.HEALTH_BIOTECH)
			.endsWith(Sector.TOURISM_CULTURE, Sector.OTHER);
		// each language its own list, kept
		assertThat(this.order.in(Locale.UK)).isSameAs(english);
		assertThat(english).isNotEqualTo(this.order.in(Locale.FRENCH));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
