package org.passerelle.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.Sector;

/**
 * Whom a participant would like to meet at a speed meeting: a company (an organisation
 * registered to the session) or a sector. Stored on the registration as tokens such as
 * {@code organisation:12} and {@code sector:DIGITAL}.
 *
 * @param organisationId the company wished for, or {@code null}
 * @param sector the sector wished for, or {@code null}
 */
public record MeetingWish(@Nullable Long organisationId, @Nullable Sector sector) {

	/** How many wishes a registration keeps at most. */
	public static final int MOST = 12;

	public MeetingWish {
		if ((organisationId == null) == (sector == null)) {
			throw new IllegalArgumentException("A wish is for one company or one sector");
		}
	}

	public static MeetingWish company(long organisationId) {
		return new MeetingWish(organisationId, null);
	}

	public static MeetingWish ofSector(Sector sector) {
		return new MeetingWish(null, sector);
	}

	String token() {
		return (this.organisationId != null) ? "organisation:" + this.organisationId
				: "sector:" + this.sector.name().toLowerCase(Locale.ROOT);
	}

	static String tokens(Collection<MeetingWish> wishes) {
		return String.join(",", wishes.stream().distinct().limit(MOST).map(MeetingWish::token).toList());
	}

	static List<MeetingWish> parse(@Nullable String tokens) {
		List<MeetingWish> wishes = new ArrayList<>();
		if (tokens == null || tokens.isBlank()) {
			return wishes;
		}
		for (String token : tokens.split(",")) {
			String[] parts = token.split(":", 2);
			if (parts.length == 2 && parts[0].equals("organisation")) {
				wishes.add(company(Long.parseLong(parts[1])));
			}
			else if (parts.length == 2 && parts[0].equals("sector")) {
				wishes.add(ofSector(Sector.valueOf(parts[1].toUpperCase(Locale.ROOT))));
			}
		}
		return wishes;
	}

}
