package org.passerelle.thirdplace;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a site is, as staff fill it in. */
public record SiteDetails(String name, @Nullable String campus, String address, String city, SiteSetting setting,
		@Nullable String descriptionFr, @Nullable String descriptionEn, @Nullable Integer floorAreaM2,
		@Nullable String accessibility, @Nullable String openingHours, SiteStatus status, Set<Amenity> amenities) {

}
