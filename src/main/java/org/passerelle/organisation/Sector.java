package org.passerelle.organisation;

import java.util.Locale;

/**
 * A partner's field of activity.
 */
public enum Sector {

	AEROSPACE_DEFENCE, AGRIFOOD, BANKING_INSURANCE, HEALTH_BIOTECH, CHEMISTRY_MATERIALS, CONSTRUCTION, COSMETICS,
	DIGITAL, ENERGY_ENVIRONMENT, MANUFACTURING, LOGISTICS_TRANSPORT, MARITIME, PUBLIC_SERVICE, RESEARCH_EDUCATION,
	SERVICES, TOURISM_CULTURE, OTHER;

	public String messageKey() {
		return "organisation.sector." + name().toLowerCase(Locale.ROOT);
	}

}
