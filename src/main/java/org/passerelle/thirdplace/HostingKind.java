package org.passerelle.thirdplace;

import java.util.Locale;

/** What a hosting request asks for: desks in an open area or a private office. */
public enum HostingKind {

	DESKS, OFFICE;

	public String messageKey() {
		return "hosting.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** The kind of space that hosts such a request. */
	public SpaceKind spaceKind() {
		return (this == DESKS) ? SpaceKind.DESKS : SpaceKind.OFFICE;
	}

}
