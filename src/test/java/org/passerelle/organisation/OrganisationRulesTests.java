package org.passerelle.organisation;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.passerelle.organisation.Organisation.Broken;
import org.passerelle.organisation.Organisation.Broken.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The directory's rules, written once in {@link Organisation} and asked by the forms and
 * the import.
 */
class OrganisationRulesTests {

	@Test
	void aWellFormedProfileBreaksNoRule() {
		assertThat(Organisation.rulesBrokenBy(OrganisationKind.COMPANY,
				profile("ACME", SizeClass.SME, "Marseille", "https://acme.example", "Makes things")))
			.isEmpty();
		assertThat(Organisation.rulesBrokenBy(OrganisationKind.UNIVERSITY, profile(null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void onlyCompaniesHaveASizeClass() {
		assertThat(Organisation.rulesBrokenBy(OrganisationKind.UNIVERSITY,
				profile(null, SizeClass.LARGE, null, null, null)))
			.containsExactly(new Broken("sizeClass", Rule.SIZE_CLASS_FOR_COMPANIES_ONLY, 0));
	}

	@Test
	void eachTextHasItsLengthAndAWebsiteIsAWebAddress() {
		assertThat(Organisation.rulesBrokenBy(OrganisationKind.COMPANY,
				profile("x".repeat(61), null, "y".repeat(121), "www.acme.example", "z".repeat(4001))))
			.containsExactlyInAnyOrder(new Broken("shortName", Rule.TOO_LONG, 60),
					new Broken("city", Rule.TOO_LONG, 120), new Broken("description", Rule.TOO_LONG, 4000),
					new Broken("website", Rule.NOT_A_WEBSITE, 0));
		assertThat(Organisation.rulesBrokenBy(OrganisationKind.COMPANY,
				profile(null, null, null, "https://" + "a".repeat(300), null)))
			.containsExactly(new Broken("website", Rule.TOO_LONG, 300));
	}

	@Test
	void anOrganisationRefusesAProfileThatBreaksARule() {
		Organisation university = new Organisation("Université de test", OrganisationKind.UNIVERSITY, "Nice");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> university.updateProfile(profile(null, SizeClass.SME, "Nice", null, null)));
		assertThat(university.getSizeClass()).isNull();
		university.updateProfile(profile("UT", null, "Nice", "https://ut.example", null));
		assertThat(university.getWebsite()).isEqualTo("https://ut.example");
	}

	private static PublicProfile profile(String shortName, SizeClass size, String city, String website,
			String description) {
		return new PublicProfile(shortName, size, null, city, null, website, description, Set.of());
	}

}
