/**
 * Dashboards and figures: the home page and, later, reports that read the other modules
 * through their public API.
 */
@ApplicationModule(allowedDependencies = { "account", "convention", "event", "notification", "organisation", "shared",
		"stand", "thirdplace" })
package org.passerelle.report;

import org.springframework.modulith.ApplicationModule;
