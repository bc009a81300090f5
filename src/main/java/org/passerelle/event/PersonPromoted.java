package org.passerelle.event;

/**
 * A place was freed and the first person on the waitlist got it.
 */
public record PersonPromoted(RegistrationFacts registration) {

}
