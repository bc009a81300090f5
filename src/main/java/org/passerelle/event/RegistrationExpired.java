package org.passerelle.event;

/**
 * A participant did not confirm their e-mail address in time: the registration holds
 * nothing any more.
 */
public record RegistrationExpired(RegistrationFacts registration) {

}
