/**
 * Events: forums, student–industry days, business weeks and innovation tours, their
 * sessions, registrations and waitlists. Rules live in
 * {@link org.passerelle.event.Event}; other modules read events through
 * {@link org.passerelle.event.Events} and listen to the registration events
 * ({@link org.passerelle.event.PersonRegistered} and the others).
 */
@ApplicationModule(allowedDependencies = { "convention", "organisation", "shared" })
package org.passerelle.event;

import org.springframework.modulith.ApplicationModule;
