package org.passerelle.convention.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;

/**
 * Parties that make a convention: at least one institution, and at least one partner
 * organisation (or a second institution, for an agreement between institutions); each
 * organisation on its side, and only once.
 */
@Component
class PartiesFormValidator implements Validator {

	private final Organisations organisations;

	PartiesFormValidator(Organisations organisations) {
		this.organisations = organisations;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PartiesForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PartiesForm form = (PartiesForm) target;
		form.getInstitutionIds().removeIf(java.util.Objects::isNull);
		form.getPartnerIds().removeIf(java.util.Objects::isNull);
		Set<Long> all = new HashSet<>(form.getInstitutionIds());
		all.addAll(form.getPartnerIds());
		Map<Long, Organisation> found = this.organisations.byIds(all);
		if (form.getInstitutionIds().isEmpty()) {
			errors.rejectValue("institutionIds", "convention.parties.institutionRequired");
		}
		else if (form.getInstitutionIds()
			.stream()
			.anyMatch((id) -> found.get(id) == null || !found.get(id).isInstitution())) {
			errors.rejectValue("institutionIds", "convention.parties.notAnInstitution");
		}
		if (form.getPartnerIds().isEmpty() && form.getInstitutionIds().size() < 2) {
			errors.rejectValue("partnerIds", "convention.parties.partnerRequired");
		}
		else if (form.getPartnerIds()
			.stream()
			.anyMatch((id) -> found.get(id) == null || found.get(id).isInstitution())) {
			errors.rejectValue("partnerIds", "convention.parties.notAPartner");
		}
	}

}
