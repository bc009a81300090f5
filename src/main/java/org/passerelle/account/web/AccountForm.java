package org.passerelle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.account.Account;
import org.passerelle.account.AccountDetails;
import org.passerelle.shared.Role;

/**
 * An administrator's form for one account. The password is set only when the account is
 * created; afterwards people change their own.
 */
class AccountForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email = "";

	@NotBlank
	@Size(max = 120)
	private String displayName = "";

	@NotNull
	@Nullable private Role role;

	@Nullable private Long organisationId;

	@Nullable private String password;

	private long version;

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.email = account.getEmail();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.organisationId = account.getOrganisationId();
		form.version = account.getVersion();
		return form;
	}

	AccountDetails toDetails() {
		Role chosen = (this.role != null) ? this.role : Role.LIAISON;
		return new AccountDetails(this.email, this.displayName, chosen, this.organisationId);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	@Nullable public Role getRole() {
		return this.role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	@Nullable public String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
