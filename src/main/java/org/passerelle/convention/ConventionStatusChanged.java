package org.passerelle.convention;

import org.jspecify.annotations.Nullable;

/**
 * A convention took another status: moved along its lifecycle, expired or terminated.
 * Registered by the {@link Convention} itself and published when it is saved.
 *
 * @param conventionId the convention
 * @param from the status it left
 * @param to the status it took
 * @param actor who changed it (an e-mail address, or {@code system} for the portal)
 * @param detail what more there is to say (a termination's day and reason)
 */
public record ConventionStatusChanged(long conventionId, ConventionStatus from, ConventionStatus to, String actor,
		@Nullable String detail) {

}
