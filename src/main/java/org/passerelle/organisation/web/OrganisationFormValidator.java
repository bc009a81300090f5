package org.passerelle.organisation.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import org.passerelle.organisation.Identifier;
import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationDirectory;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationPermissions;
import org.passerelle.organisation.Organisations;
import org.passerelle.organisation.Siren;
import org.passerelle.shared.PasserelleUser;

/**
 * Rules that join several fields: a SIREN has nine digits and a correct check digit; the
 * organisation's own rules (lengths, website, a size class for companies only); a
 * component's parent is another institution, never itself or one of its own components,
 * and one the person may place it under ({@link OrganisationPermissions#placesUnder});
 * clusters are clusters.
 */
@Component
class OrganisationFormValidator implements Validator {

	private final Organisations organisations;

	private final OrganisationDirectory directory;

	private final OrganisationPermissions permissions;

	OrganisationFormValidator(Organisations organisations, OrganisationDirectory directory,
			OrganisationPermissions permissions) {
		this.organisations = organisations;
		this.directory = directory;
		this.permissions = permissions;
	}

	@Override
	public boolean supports(Class<?> type) {
		return OrganisationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate((OrganisationForm) target, null, null, errors);
	}

	/**
	 * Validates the form of a new ({@code existing} null) or existing organisation,
	 * filled in by {@code user}.
	 */
	void validate(OrganisationForm form, @Nullable Organisation existing, @Nullable PasserelleUser user,
			Errors errors) {
		Long id = (existing != null) ? existing.getId() : null;
		String siren = Siren.clean(form.getSiren());
		if (siren != null && !errors.hasFieldErrors("siren")) {
			if (!Siren.hasNineDigits(siren)) {
				errors.rejectValue("siren", "organisation.siren.digits");
			}
			else if (!Siren.isValid(siren)) {
				errors.rejectValue("siren", "organisation.siren.checkDigit");
			}
		}
		for (Identifier identifier : Identifier.values()) {
			String field = (identifier == Identifier.VAT) ? "vatNumber" : identifier.field();
			String value = identifier.clean(form.typed(identifier));
			if (value != null && !errors.hasFieldErrors(field) && !identifier.isValid(value)) {
				errors.rejectValue(field, "organisation." + identifier.field() + ".invalid");
			}
		}
		String siret = Identifier.SIRET.clean(form.getSiret());
		if (siret != null && siren != null && !errors.hasFieldErrors("siret") && !errors.hasFieldErrors("siren")
				&& !siret.startsWith(siren)) {
			errors.rejectValue("siret", "organisation.siret.otherSiren");
		}
		if (!errors.hasFieldErrors("country") && !form.toEstablishment().country().matches("[A-Z]{2}")) {
			errors.rejectValue("country", "organisation.country.invalid");
		}
		OrganisationKind kind = form.getKind();
		form.rejectBrokenRules(kind, errors);
		if (kind == null) {
			return;
		}
		Optional<Organisation> parent = Optional.empty();
		if (kind.isInstitution() && form.getParentId() != null) {
			parent = this.organisations.find(form.getParentId());
			if (parent.isEmpty() || !parent.get().isInstitution()) {
				errors.rejectValue("parentId", "organisation.parent.institution");
				return;
			}
			else if (id != null && this.directory.wouldBeItsOwnAncestor(id, form.getParentId())) {
				errors.rejectValue("parentId", "organisation.parent.cycle");
			}
		}
		if (kind.isInstitution() && (existing == null || !existing.isInstitutionUnder(form.getParentId()))
				&& !this.permissions.placesUnder(user, parent.orElse(null))) {
			errors.rejectValue("parentId", "organisation.parent.yours");
		}
		if (kind != OrganisationKind.CLUSTER && !form.getClusterIds().isEmpty()) {
			boolean allClusters = this.organisations.byIds(form.getClusterIds())
				.values()
				.stream()
				.allMatch((cluster) -> cluster.getKind() == OrganisationKind.CLUSTER);
			if (!allClusters || this.organisations.byIds(form.getClusterIds()).size() != form.getClusterIds().size()) {
				errors.rejectValue("clusterIds", "organisation.clusters.invalid");
			}
		}
	}

}
