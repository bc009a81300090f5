package org.passerelle.event;

import java.time.Instant;

/**
 * A check-in was taken back (marked present by mistake): the person is no longer counted
 * present.
 */
public record CheckInUndone(RegistrationFacts registration, Instant at) {

}
