/**
 * The directory: institutions and their components, partner organisations, clusters and
 * contacts.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package org.passerelle.organisation;

import org.springframework.modulith.ApplicationModule;
