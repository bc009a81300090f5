package org.passerelle.thirdplace;

import java.util.Locale;

/** What a hosting request asks for: desks in an open area or a private office. */
public enum HostingKind {

	DESKS, OFFICE;

	public String messageKey() {
		return "hosting.kind." + name().toLowerCase(Locale.ROOT);
	}

	SpaceKind spaceKind() {
		return (this == DESKS) ? SpaceKind.DESKS : SpaceKind.OFFICE;
	}

}
