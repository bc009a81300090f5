package org.passerelle.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.Contact;
import org.passerelle.organisation.ContactDetails;
import org.passerelle.organisation.ContactPurpose;

/**
 * A contact at an organisation.
 */
class ContactForm {

	@Size(max = 80)
	@Nullable private String firstName;

	@NotBlank
	@Size(max = 80)
	private String lastName = "";

	@Size(max = 120)
	@Nullable private String jobTitle;

	@Email
	@Size(max = 254)
	@Nullable private String email;

	@Size(max = 40)
	@Pattern(regexp = "[0-9+(). \\-]*")
	@Nullable private String phone;

	@Size(max = 2000)
	@Nullable private String notes;

	@NotNull
	@Nullable private ContactPurpose purpose;

	private long version;

	static ContactForm of(Contact contact) {
		ContactForm form = new ContactForm();
		form.firstName = contact.getFirstName();
		form.lastName = (contact.getLastName() != null) ? contact.getLastName() : "";
		form.jobTitle = contact.getJobTitle();
		form.email = contact.getEmail();
		form.phone = contact.getPhone();
		form.notes = contact.getNotes();
		form.purpose = contact.getPurpose();
		form.version = contact.getVersion();
		return form;
	}

	ContactDetails toDetails() {
		return new ContactDetails(ProfileForm.blankToNull(this.firstName), this.lastName.strip(),
				ProfileForm.blankToNull(this.jobTitle), ProfileForm.blankToNull(this.email),
				ProfileForm.blankToNull(this.phone), ProfileForm.blankToNull(this.notes),
				(this.purpose != null) ? this.purpose : ContactPurpose.PARTNERSHIP);
	}

	@Nullable public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(@Nullable String firstName) {
		this.firstName = firstName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	@Nullable public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(@Nullable String jobTitle) {
		this.jobTitle = jobTitle;
	}

	@Nullable public String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	@Nullable public String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	@Nullable public String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	@Nullable public ContactPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(@Nullable ContactPurpose purpose) {
		this.purpose = purpose;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
