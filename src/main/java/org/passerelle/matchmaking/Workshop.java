package org.passerelle.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.passerelle.shared.AuditedEntity;

/**
 * A workshop of a session (a theme such as entrepreneurship, R&D or recruitment) with its
 * number of places.
 */
@Entity
@Table(name = "matchmaking_workshop")
public class Workshop extends AuditedEntity {

	@Column(nullable = false)
	private long sessionId;

	@Column(nullable = false)
	private long eventId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private int capacity;

	protected Workshop() {
		this.title = "";
	}

	Workshop(long sessionId, long eventId, String title, int capacity) {
		if (title.isBlank()) {
			throw new MatchmakingRefusedException("matchmaking.refused.workshopTitle");
		}
		if (capacity < 1) {
			throw new MatchmakingRefusedException("matchmaking.refused.capacityPositive");
		}
		this.sessionId = sessionId;
		this.eventId = eventId;
		this.title = title.strip();
		this.capacity = capacity;
	}

	public long getSessionId() {
		return this.sessionId;
	}

	public long getEventId() {
		return this.eventId;
	}

	public String getTitle() {
		return this.title;
	}

	public int getCapacity() {
		return this.capacity;
	}

}
