package org.passerelle.stand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The number an accepted stand has at one session (a site on a day). */
@Embeddable
public class StandPlacement {

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Column(nullable = false, length = 20)
	private String number;

	protected StandPlacement() {
		this.number = "";
	}

	StandPlacement(long sessionId, String number) {
		this.sessionId = sessionId;
		this.number = number;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public String getNumber() {
		return this.number;
	}

}
