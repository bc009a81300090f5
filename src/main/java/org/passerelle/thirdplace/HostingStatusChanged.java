package org.passerelle.thirdplace;

import org.jspecify.annotations.Nullable;

/**
 * A hosting request took another status (from null: it was submitted). Registered by the
 * {@link HostingRequest} and published when it is saved.
 *
 * @param requestId the request (0 when it had no id yet)
 * @param organisationId the organisation asking to be hosted
 * @param from the status it left
 * @param to the status it took
 * @param actor who changed it (an e-mail address)
 */
public record HostingStatusChanged(long requestId, long organisationId, @Nullable HostingStatus from, HostingStatus to,
		String actor) {

}
