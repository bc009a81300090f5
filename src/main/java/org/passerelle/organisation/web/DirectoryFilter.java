package org.passerelle.organisation.web;

import org.jspecify.annotations.Nullable;

import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.OrganisationSearch;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

/**
 * The list's filters, as they appear in its URL ({@code ?q=...&kind=...}), so a search
 * can be bookmarked and shared. A value that does not bind is ignored.
 */
class DirectoryFilter {

	@Nullable private String q;

	@Nullable private OrganisationKind kind;

	private OrganisationSearch.@Nullable Group group;

	@Nullable private SizeClass size;

	@Nullable private Sector sector;

	@Nullable private Region region;

	@Nullable private Long cluster;

	private boolean inactive;

	OrganisationSearch toSearch(boolean mayIncludeInactive) {
		return new OrganisationSearch(this.q, this.kind, this.group, this.size, this.sector, this.region, this.cluster,
				this.inactive && mayIncludeInactive);
	}

	/**
	 * Whether a filter other than the text is in use (the filters then show unfolded).
	 */
	public boolean isNarrowed() {
		return this.kind != null || this.group != null || this.size != null || this.sector != null
				|| this.region != null || this.cluster != null || this.inactive;
	}

	boolean isEmpty() {
		return (this.q == null || this.q.isBlank()) && this.kind == null && this.group == null && this.size == null
				&& this.sector == null && this.region == null && this.cluster == null && !this.inactive;
	}

	@Nullable public String getQ() {
		return this.q;
	}

	public void setQ(@Nullable String q) {
		this.q = (q != null && q.length() > 200) ? q.substring(0, 200) : q;
	}

	@Nullable public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	public OrganisationSearch.@Nullable Group getGroup() {
		return this.group;
	}

	public void setGroup(OrganisationSearch.@Nullable Group group) {
		this.group = group;
	}

	@Nullable public SizeClass getSize() {
		return this.size;
	}

	public void setSize(@Nullable SizeClass size) {
		this.size = size;
	}

	@Nullable public Sector getSector() {
		return this.sector;
	}

	public void setSector(@Nullable Sector sector) {
		this.sector = sector;
	}

	@Nullable public Region getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable Region region) {
		this.region = region;
	}

	@Nullable public Long getCluster() {
		return this.cluster;
	}

	public void setCluster(@Nullable Long cluster) {
		this.cluster = cluster;
	}

	public boolean isInactive() {
		return this.inactive;
	}

	public void setInactive(boolean inactive) {
		this.inactive = inactive;
	}

}
