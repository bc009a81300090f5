package org.passerelle.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation party to a convention, referred to by id.
 */
@Embeddable
public class Party {

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 12)
	private PartyRole role;

	protected Party() {
		this.role = PartyRole.PARTNER;
	}

	Party(long organisationId, PartyRole role) {
		this.organisationId = organisationId;
		this.role = role;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public PartyRole getRole() {
		return this.role;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Party party && party.organisationId == this.organisationId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.organisationId);
	}

}
