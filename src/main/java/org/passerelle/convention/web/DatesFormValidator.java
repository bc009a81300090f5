package org.passerelle.convention.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Dates that hold together: the end after the start, an end date or open-ended but not
 * both, tacit renewal with an end and a notice period that fits, and complete signatory
 * rows.
 */
@Component
class DatesFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return DatesForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		DatesForm form = (DatesForm) target;
		if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
			errors.rejectValue("endsOn", "convention.dates.endBeforeStart");
		}
		if (form.isOpenEnded() && form.getEndsOn() != null) {
			errors.rejectValue("endsOn", "convention.dates.openEndedWithEnd");
		}
		if (form.isTacitRenewal()) {
			if (form.isOpenEnded() || form.getEndsOn() == null) {
				errors.rejectValue("tacitRenewal", "convention.dates.tacitWithoutEnd");
			}
			if (form.getNoticeMonths() == null) {
				errors.rejectValue("noticeMonths", "convention.dates.noticeRequired");
			}
			else if (form.getStartsOn() != null && form.getEndsOn() != null
					&& form.getEndsOn().minusMonths(form.getNoticeMonths()).isBefore(form.getStartsOn())) {
				errors.rejectValue("noticeMonths", "convention.dates.noticeTooLong");
			}
		}
		List<SignatoryForm> rows = form.getSignatories();
		for (int i = 0; i < rows.size(); i++) {
			SignatoryForm row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			if (row.getName() == null || row.getName().isBlank()) {
				errors.rejectValue("signatories[" + i + "].name", "convention.signatory.nameRequired");
			}
			if (row.getFunction() == null || row.getFunction().isBlank()) {
				errors.rejectValue("signatories[" + i + "].function", "convention.signatory.functionRequired");
			}
			if (row.getOrganisationId() == null) {
				errors.rejectValue("signatories[" + i + "].organisationId",
						"convention.signatory.organisationRequired");
			}
		}
	}

}
