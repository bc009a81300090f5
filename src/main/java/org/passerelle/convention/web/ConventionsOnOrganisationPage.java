package org.passerelle.convention.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.passerelle.convention.Conventions;
import org.passerelle.organisation.OrganisationActivity;
import org.passerelle.shared.PasserelleUser;

/**
 * The conventions an organisation is party to, on its page, as far as the reader may see
 * them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConventionsOnOrganisationPage implements OrganisationActivity {

	private final Conventions conventions;

	ConventionsOnOrganisationPage(Conventions conventions) {
		this.conventions = conventions;
	}

	@Override
	public Optional<Section> describe(long organisationId, @Nullable PasserelleUser reader) {
		return Optional.of(new Section("conventions/_on-organisation",
				(reader != null) ? this.conventions.forOrganisation(organisationId, reader)
						: this.conventions.forOrganisation(organisationId)));
	}

}
