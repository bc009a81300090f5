package org.passerelle.event.web;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.event.Event;

/** The second step of the event editor: organising institutions and partners. */
public class OrganisersForm {

	private List<Long> organiserIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	private long version;

	static OrganisersForm of(Event event) {
		OrganisersForm form = new OrganisersForm();
		form.organiserIds = new ArrayList<>(event.getOrganiserIds());
		form.partnerIds = new ArrayList<>(event.getPartnerIds());
		form.version = event.getVersion();
		return form;
	}

	public List<Long> getOrganiserIds() {
		return this.organiserIds;
	}

	public void setOrganiserIds(List<Long> organiserIds) {
		this.organiserIds = organiserIds;
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

}
