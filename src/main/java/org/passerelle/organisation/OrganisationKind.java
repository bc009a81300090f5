package org.passerelle.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What sort of organisation this is. The first four are institutions (and their
 * components); the others are partners.
 */
public enum OrganisationKind {

	UNIVERSITY(true), SCHOOL(true), FACULTY(true), LABORATORY(true),

	COMPANY(false), CLUSTER(false), PUBLIC_BODY(false), ASSOCIATION(false), FOUNDATION(false), BANK(false),
	ACCELERATOR(false);

	private final boolean institution;

	OrganisationKind(boolean institution) {
		this.institution = institution;
	}

	public boolean isInstitution() {
		return this.institution;
	}

	public String messageKey() {
		return "organisation.kind." + name().toLowerCase(Locale.ROOT);
	}

	public static List<OrganisationKind> institutions() {
		return Arrays.stream(values()).filter(OrganisationKind::isInstitution).toList();
	}

	public static List<OrganisationKind> partners() {
		return Arrays.stream(values()).filter((kind) -> !kind.isInstitution()).toList();
	}

}
