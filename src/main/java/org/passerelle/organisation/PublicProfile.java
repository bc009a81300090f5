package org.passerelle.organisation;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an organisation shows of itself, which its own liaison may change.
 *
 * @param shortName a short name or acronym ("AMU", "CMA CGM")
 * @param sizeClass a company's size class
 * @param sector the field of activity
 * @param city the city of its main site
 * @param region the region of its main site
 * @param website its website
 * @param description a few lines about it
 * @param tags free tags
 */
public record PublicProfile(@Nullable String shortName, @Nullable SizeClass sizeClass, @Nullable Sector sector,
		@Nullable String city, @Nullable Region region, @Nullable String website, @Nullable String description,
		Set<String> tags) implements Serializable {

}
