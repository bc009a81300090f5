package org.passerelle.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cities and names as matching compares them.
 */
class MatchTextTests {

	@Test
	void aCityIsItselfWhateverItsArrondissementCedexOrPostalCode() {
		assertThat(MatchText.city("Marseille 7e")).isEqualTo("marseille");
		assertThat(MatchText.city("MARSEILLE CEDEX 07")).isEqualTo("marseille");
		assertThat(MatchText.city("13007 Marseille")).isEqualTo("marseille");
		assertThat(MatchText.city("Paris 16ème arrondissement")).isEqualTo("paris");
		assertThat(MatchText.city("Lyon 1er")).isEqualTo("lyon");
		assertThat(MatchText.city("Aix-en-Provence Cedex 1")).isEqualTo("aix en provence");
		assertThat(MatchText.city("St-Étienne")).isEqualTo(MatchText.city("Saint-Etienne"));
		assertThat(MatchText.city("Marseille")).isNotEqualTo(MatchText.city("Martigues"));
		assertThat(MatchText.city(null)).isEmpty();
	}

	@Test
	void aNameLosesItsLegalFormAndSmallWords() {
		assertThat(MatchText.name("Provepharm S.A.S.")).isEqualTo("provepharm");
		assertThat(MatchText.name("Société Générale des Écluses")).isEqualTo("generale ecluses");
		assertThat(MatchText.name("Les Laboratoires de la Garrigue SARL")).isEqualTo("laboratoires garrigue");
		assertThat(MatchText.name("SAS")).as("nothing but a legal form").isEqualTo("sas");
		assertThat(MatchText.name("Atelier Ste Victoire")).isEqualTo(MatchText.name("Atelier Sainte-Victoire"));
	}

}
