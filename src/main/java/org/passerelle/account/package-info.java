/**
 * People who sign in: accounts, roles, sign-in throttling, password changes and the
 * administrators' user management.
 */
@ApplicationModule(allowedDependencies = { "organisation", "shared" })
package org.passerelle.account;

import org.springframework.modulith.ApplicationModule;
