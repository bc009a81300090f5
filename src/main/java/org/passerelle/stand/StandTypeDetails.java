package org.passerelle.stand;

import org.jspecify.annotations.Nullable;

/**
 * What staff say of a stand type.
 *
 * @param nameFr its name in French
 * @param nameEn its name in English, if given
 * @param price its price for the whole event
 * @param perSession how many stands of the type each session (a site on a day) has
 * @param maxCompanies how many companies may share one (1: not shared)
 */
public record StandTypeDetails(String nameFr, @Nullable String nameEn, Money price, int perSession, int maxCompanies) {

}
