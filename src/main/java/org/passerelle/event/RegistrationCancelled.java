package org.passerelle.event;

/**
 * A registration was cancelled by the person, their liaison or staff.
 */
public record RegistrationCancelled(RegistrationFacts registration) {

}
