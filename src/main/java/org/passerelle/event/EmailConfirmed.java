package org.passerelle.event;

/**
 * A participant confirmed their e-mail address by the link they were sent.
 */
public record EmailConfirmed(RegistrationFacts registration) {

}
