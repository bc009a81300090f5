package org.passerelle.thirdplace;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A hosting request was approved: the organisation is hosted at the site for those days.
 *
 * @param requestId the request
 * @param organisationId the organisation hosted
 * @param siteId the site
 * @param siteName the site's name when it was approved
 * @param conventionId the convention the hosting comes under, if any
 * @param startsOn the first day
 * @param endsOn the last day, or null when open-ended
 * @param actor who approved it
 * @param contactName whom the organisation gave to contact
 * @param contactEmail their address
 * @param language the language of their mail when they have no account
 */
public record HostingApproved(long requestId, long organisationId, long siteId, String siteName,
		@Nullable Long conventionId, LocalDate startsOn, @Nullable LocalDate endsOn, String actor, String contactName,
		String contactEmail, Locale language) {

}
