package org.passerelle.thirdplace;

import java.util.Locale;

/**
 * A hosting request was declined.
 *
 * @param requestId the request
 * @param organisationId the organisation that asked
 * @param reason why, as staff wrote it
 * @param contactName whom the organisation gave to contact
 * @param contactEmail their address
 * @param language the language of their mail when they have no account
 */
public record HostingDeclined(long requestId, long organisationId, String reason, String contactName,
		String contactEmail, Locale language) {

}
