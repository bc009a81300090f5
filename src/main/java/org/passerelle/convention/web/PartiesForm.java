package org.passerelle.convention.web;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.convention.Convention;

/**
 * Step 2 of a convention: its institutions and its partner organisations.
 */
class PartiesForm {

	private List<Long> institutionIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	private long version;

	public List<Long> getInstitutionIds() {
		return this.institutionIds;
	}

	public void setInstitutionIds(List<Long> institutionIds) {
		this.institutionIds = institutionIds;
	}

	public List<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = partnerIds;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static PartiesForm of(Convention convention) {
		PartiesForm form = new PartiesForm();
		form.institutionIds = new ArrayList<>(convention.institutionIds());
		form.partnerIds = new ArrayList<>(convention.partnerIds());
		form.version = convention.getVersion();
		return form;
	}

}
