package org.passerelle.organisation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A recorded change to an organisation or one of its contacts: who, when, and what
 * changed.
 */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Column(nullable = false, updatable = false)
	private long organisationId;

	@Column(updatable = false)
	@Nullable private Long contactId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30, updatable = false)
	private ChangeAction action;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	@Column(nullable = false, length = 254, updatable = false)
	private String changedBy;

	@Column(length = 20000)
	@Nullable private String details;

	protected OrganisationChange() {
		this.action = ChangeAction.UPDATED;
		this.changedAt = Instant.EPOCH;
		this.changedBy = "";
	}

	OrganisationChange(long organisationId, @Nullable Long contactId, ChangeAction action, Instant changedAt,
			String changedBy, List<FieldChange> fields) {
		this.organisationId = organisationId;
		this.contactId = contactId;
		this.action = action;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.details = FieldChange.encode(fields);
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public Long getContactId() {
		return this.contactId;
	}

	public ChangeAction getAction() {
		return this.action;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public List<FieldChange> getFields() {
		return FieldChange.decode(this.details);
	}

	/** Replaces every value with the erased marker: who and when stay, what does not. */
	void anonymise() {
		this.details = FieldChange.encode(getFields().stream()
			.map((field) -> new FieldChange(field.field(), FieldChange.ERASED, FieldChange.ERASED))
			.toList());
	}

}
