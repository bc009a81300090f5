package org.passerelle.matchmaking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A table of a speed meeting: the industrialist who hosts it (a registered employee of a
 * company), as they were when the rotation was made.
 */
@Embeddable
public class MeetingTable {

	@Column(nullable = false)
	private long registrationId;

	@Column(nullable = false, length = 200)
	private String name;

	@Nullable private Long organisationId;

	@Column(length = 300)
	@Nullable private String organisationName;

	protected MeetingTable() {
		this.name = "";
	}

	MeetingTable(long registrationId, String name, @Nullable Long organisationId, @Nullable String organisationName) {
		this.registrationId = registrationId;
		this.name = name;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
	}

	public long getRegistrationId() {
		return this.registrationId;
	}

	public String getName() {
		return this.name;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public String getOrganisationName() {
		return this.organisationName;
	}

	/** The industrialist and their company, as printed on the table's sign. */
	public String getLabel() {
		return (this.organisationName != null) ? this.name + " (" + this.organisationName + ")" : this.name;
	}

}
