package org.passerelle.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * A person at an organisation, kept for a stated purpose. Erasing a contact (GDPR,
 * article 17) empties its personal data but keeps the row, so history still reads "a
 * contact was added, then erased".
 */
@Entity
@Table(name = "contact")
public class Contact extends AuditedEntity {

	@Column(nullable = false, updatable = false)
	private long organisationId;

	@Column(length = 80)
	@Nullable private String firstName;

	@Column(length = 80)
	@Nullable private String lastName;

	@Column(length = 120)
	@Nullable private String jobTitle;

	@Column(length = 254)
	@Nullable private String email;

	@Column(length = 40)
	@Nullable private String phone;

	@Column(length = 2000)
	@Nullable private String notes;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private ContactPurpose purpose;

	@Nullable private Instant erasedAt;

	protected Contact() {
		this.purpose = ContactPurpose.PARTNERSHIP;
	}

	Contact(long organisationId, ContactDetails details) {
		this.organisationId = organisationId;
		this.purpose = details.purpose();
		update(details);
	}

	void update(ContactDetails details) {
		this.firstName = details.firstName();
		this.lastName = details.lastName();
		this.jobTitle = details.jobTitle();
		this.email = details.email();
		this.phone = details.phone();
		this.notes = details.notes();
		this.purpose = details.purpose();
	}

	void erase(Instant now) {
		this.firstName = null;
		this.lastName = null;
		this.jobTitle = null;
		this.email = null;
		this.phone = null;
		this.notes = null;
		this.erasedAt = now;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	@Nullable public String getFirstName() {
		return this.firstName;
	}

	@Nullable public String getLastName() {
		return this.lastName;
	}

	/** First and last name. */
	public String getFullName() {
		return ((this.firstName != null) ? this.firstName + " " : "") + ((this.lastName != null) ? this.lastName : "");
	}

	@Nullable public String getJobTitle() {
		return this.jobTitle;
	}

	@Nullable public String getEmail() {
		return this.email;
	}

	@Nullable public String getPhone() {
		return this.phone;
	}

	@Nullable public String getNotes() {
		return this.notes;
	}

	public ContactPurpose getPurpose() {
		return this.purpose;
	}

	@Nullable public Instant getErasedAt() {
		return this.erasedAt;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	public ContactDetails details() {
		return new ContactDetails(this.firstName, (this.lastName != null) ? this.lastName : "", this.jobTitle,
				this.email, this.phone, this.notes, this.purpose);
	}

	Map<String, String> snapshot() {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("contact.firstName", (this.firstName != null) ? this.firstName : "");
		snapshot.put("contact.lastName", (this.lastName != null) ? this.lastName : "");
		snapshot.put("contact.jobTitle", (this.jobTitle != null) ? this.jobTitle : "");
		snapshot.put("contact.email", (this.email != null) ? this.email : "");
		snapshot.put("contact.phone", (this.phone != null) ? this.phone : "");
		snapshot.put("contact.purpose", this.purpose.name());
		snapshot.put("contact.notes", (this.notes != null) ? this.notes : "");
		return snapshot;
	}

}
