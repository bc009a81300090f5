package org.passerelle.matchmaking;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A participant of a speed meeting and their group.
 */
@Embeddable
public class MeetingMember {

	@Column(nullable = false)
	private long registrationId;

	@Column(nullable = false)
	private UUID registrationPublicId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "group_number", nullable = false)
	private int group;

	protected MeetingMember() {
		this.registrationPublicId = new UUID(0, 0);
		this.name = "";
	}

	MeetingMember(long registrationId, UUID registrationPublicId, String name, int group) {
		this.registrationId = registrationId;
		this.registrationPublicId = registrationPublicId;
		this.name = name;
		this.group = group;
	}

	void moveTo(int group) {
		this.group = group;
	}

	public long getRegistrationId() {
		return this.registrationId;
	}

	public UUID getRegistrationPublicId() {
		return this.registrationPublicId;
	}

	public String getName() {
		return this.name;
	}

	/** The group, from zero. */
	public int getGroup() {
		return this.group;
	}

}
