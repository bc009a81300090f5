package org.passerelle.event.web;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.event.Attendee;

/**
 * One person on a registration form: name, job title (employees) and e-mail address.
 * Whether it must be filled in is the form's to say.
 */
public class PersonForm {

	@Size(max = 200)
	@Nullable private String name;

	@Size(max = 200)
	@Nullable private String jobTitle;

	@Email
	@Size(max = 254)
	@Nullable private String email;

	boolean isBlank() {
		return blank(this.name) && blank(this.jobTitle) && blank(this.email);
	}

	boolean isComplete() {
		return !blank(this.name) && !blank(this.email);
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	Attendee attendee(Locale language) {
		return new Attendee(this.name, this.jobTitle, this.email, language);
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(@Nullable String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

}
