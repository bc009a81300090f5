/**
 * Partnership conventions: the pillars administrators keep, multi-party framework
 * agreements with their axes and follow-up actions, documents, lifecycle and renewal
 * watch. Other modules use {@link org.passerelle.convention.Conventions} and listen to
 * {@link org.passerelle.convention.ConventionEndingSoon}.
 */
@ApplicationModule(allowedDependencies = { "account", "organisation", "shared" })
package org.passerelle.convention;

import org.springframework.modulith.ApplicationModule;
