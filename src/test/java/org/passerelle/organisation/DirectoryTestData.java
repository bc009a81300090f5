package org.passerelle.organisation;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Builds organisations for tests, with a word no other test uses so that searches find
 * only what a test created.
 */
public final class DirectoryTestData {

	private DirectoryTestData() {
	}

	/** A word of letters only, unique to the caller. */
	public static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}

	public static OrganisationDetails company(String name, String city, @Nullable SizeClass size, Sector sector,
			Region region, @Nullable String siren, Set<Long> clusters) {
		return new OrganisationDetails(name, OrganisationKind.COMPANY, null, siren, clusters,
				new PublicProfile(null, size, sector, city, region, null, null, Set.of()));
	}

	public static OrganisationDetails organisation(String name, OrganisationKind kind, String city) {
		return new OrganisationDetails(name, kind, null, null, Set.of(),
				new PublicProfile(null, null, null, city, null, null, null, Set.of()));
	}

	/** A valid SIREN no other test uses. */
	public static String uniqueSiren() {
		long eight = 30_000_000L + (long) (Math.random() * 60_000_000L);
		return Siren.complete(String.valueOf(eight));
	}

}
