package org.passerelle.organisation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, realistic directory for the embedded demo ({@code passerelle.demo.enabled}),
 * loaded once into an empty database.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class OrganisationDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(OrganisationDemoData.class);

	private final OrganisationRepository organisations;

	OrganisationDemoData(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.organisations.count() > 0) {
			return;
		}
		List<Organisation> directory = List.of(
				new Organisation("Aix-Marseille Université", OrganisationKind.UNIVERSITY, "Marseille"),
				new Organisation("Polytech Marseille", OrganisationKind.SCHOOL, "Marseille"),
				new Organisation("Université de technologie de Compiègne", OrganisationKind.UNIVERSITY, "Compiègne"),
				new Organisation("IMT Mines Alès", OrganisationKind.SCHOOL, "Alès"),
				new Organisation("École nationale supérieure de chimie de Montpellier", OrganisationKind.SCHOOL,
						"Montpellier"),
				new Organisation("Provepharm", OrganisationKind.COMPANY, "Marseille"),
				new Organisation("CMA CGM", OrganisationKind.COMPANY, "Marseille"),
				new Organisation("L'Occitane en Provence", OrganisationKind.COMPANY, "Manosque"),
				new Organisation("Eurobiomed", OrganisationKind.CLUSTER, "Marseille"),
				new Organisation("Métropole Aix-Marseille-Provence", OrganisationKind.PUBLIC_BODY, "Marseille"));
		this.organisations.saveAll(directory);
		logger.info("Demo directory loaded: {} organisations", directory.size());
	}

}
