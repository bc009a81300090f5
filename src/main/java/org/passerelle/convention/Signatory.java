package org.passerelle.convention;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * Someone who signed a convention on behalf of one of its parties.
 */
@Embeddable
public class Signatory {

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false, length = 200)
	private String function;

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Nullable private LocalDate signedOn;

	protected Signatory() {
		this.name = "";
		this.function = "";
	}

	public Signatory(String name, String function, long organisationId, @Nullable LocalDate signedOn) {
		this.name = name.strip();
		this.function = function.strip();
		this.organisationId = organisationId;
		this.signedOn = signedOn;
	}

	public String getName() {
		return this.name;
	}

	public String getFunction() {
		return this.function;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public LocalDate getSignedOn() {
		return this.signedOn;
	}

}
