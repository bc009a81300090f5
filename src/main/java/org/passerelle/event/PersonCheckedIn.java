package org.passerelle.event;

/**
 * Someone was marked present on the day.
 */
public record PersonCheckedIn(RegistrationFacts registration) {

}
