package org.passerelle.account.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.passerelle.account.PasswordPolicy;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.Role;

/**
 * Rules that join several fields: staff belong to an institution, liaisons to a partner
 * organisation, and a new account needs a password that follows the policy.
 */
@Component
class AccountFormValidator implements Validator {

	private final Organisations organisations;

	AccountFormValidator(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AccountForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccountForm form = (AccountForm) target;
		Role role = form.getRole();
		Long organisationId = form.getOrganisationId();
		if (role == Role.STAFF || role == Role.LIAISON) {
			Optional<Organisation> organisation = (organisationId != null) ? this.organisations.find(organisationId)
					: Optional.empty();
			if (organisation.isEmpty()) {
				errors.rejectValue("organisationId", "account.organisation.required");
			}
			else if (role == Role.STAFF && !organisation.get().isInstitution()) {
				errors.rejectValue("organisationId", "account.organisation.institutionForStaff");
			}
			else if (role == Role.LIAISON && organisation.get().isInstitution()) {
				errors.rejectValue("organisationId", "account.organisation.partnerForLiaison");
			}
		}
	}

	/** A new account's first password. */
	void validateNewPassword(AccountForm form, Errors errors) {
		String password = form.getPassword();
		if (password == null || password.isBlank()) {
			errors.rejectValue("password", "NotBlank");
		}
		else if (password.length() < PasswordPolicy.MIN_LENGTH || password.length() > PasswordPolicy.MAX_LENGTH) {
			errors.rejectValue("password", "account.password.length",
					new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null);
		}
	}

}
