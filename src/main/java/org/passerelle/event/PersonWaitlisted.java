package org.passerelle.event;

/**
 * Someone registered when the session was full: they wait for a place in arrival order.
 */
public record PersonWaitlisted(RegistrationFacts registration) {

}
