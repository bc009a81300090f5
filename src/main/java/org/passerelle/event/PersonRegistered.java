package org.passerelle.event;

/**
 * Someone registered and holds a place (a participant until they confirm their e-mail
 * address, 48 hours at most).
 */
public record PersonRegistered(RegistrationFacts registration) {

}
