package org.passerelle.convention;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator sets on a pillar.
 *
 * @param nameFr the French name
 * @param nameEn the English name
 * @param descriptionFr the French description
 * @param descriptionEn the English description
 * @param colour its colour in the palette
 */
public record PillarDetails(String nameFr, String nameEn, @Nullable String descriptionFr,
		@Nullable String descriptionEn, PillarColour colour) {

}
