package org.passerelle.thirdplace.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.passerelle.thirdplace.Amenity;
import org.passerelle.thirdplace.Site;
import org.passerelle.thirdplace.SiteDetails;
import org.passerelle.thirdplace.SiteSetting;
import org.passerelle.thirdplace.SiteStatus;

/** A site as staff create or change it. */
class SiteForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@Nullable private Long institutionId;

	@Size(max = 200)
	@Nullable private String campus;

	@NotBlank
	@Size(max = 300)
	private String address = "";

	@NotBlank
	@Size(max = 120)
	private String city = "";

	@NotNull
	@Nullable private SiteSetting setting = SiteSetting.URBAN;

	@Size(max = 4000)
	@Nullable private String descriptionFr;

	@Size(max = 4000)
	@Nullable private String descriptionEn;

	@Min(1)
	@Max(10_000_000)
	@Nullable private Integer floorAreaM2;

	@Size(max = 2000)
	@Nullable private String accessibility;

	@Size(max = 500)
	@Nullable private String openingHours;

	@NotNull
	@Nullable private SiteStatus status = SiteStatus.PLANNED;

	private Set<Amenity> amenities = EnumSet.noneOf(Amenity.class);

	private long version;

	static SiteForm of(Site site) {
		SiteForm form = new SiteForm();
		form.name = site.getName();
		form.institutionId = site.getInstitutionId();
		form.campus = site.getCampus();
		form.address = site.getAddress();
		form.city = site.getCity();
		form.setting = site.getSetting();
		form.descriptionFr = site.getDescriptionFr();
		form.descriptionEn = site.getDescriptionEn();
		form.floorAreaM2 = site.getFloorAreaM2();
		form.accessibility = site.getAccessibility();
		form.openingHours = site.getOpeningHours();
		form.status = site.getStatus();
		form.amenities = EnumSet.noneOf(Amenity.class);
		form.amenities.addAll(site.getAmenities());
		form.version = site.getVersion();
		return form;
	}

	SiteDetails details() {
		return new SiteDetails(this.name, this.campus, this.address, this.city, this.setting, this.descriptionFr,
				this.descriptionEn, this.floorAreaM2, this.accessibility, this.openingHours, this.status,
				(this.amenities != null) ? Set.copyOf(this.amenities) : Set.of());
	}

	public String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = (name != null) ? name : "";
	}

	@Nullable public Long getInstitutionId() {
		return this.institutionId;
	}

	public void setInstitutionId(@Nullable Long institutionId) {
		this.institutionId = institutionId;
	}

	@Nullable public String getCampus() {
		return this.campus;
	}

	public void setCampus(@Nullable String campus) {
		this.campus = campus;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = (address != null) ? address : "";
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = (city != null) ? city : "";
	}

	@Nullable public SiteSetting getSetting() {
		return this.setting;
	}

	public void setSetting(@Nullable SiteSetting setting) {
		this.setting = setting;
	}

	@Nullable public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(@Nullable String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	@Nullable public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(@Nullable String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	@Nullable public Integer getFloorAreaM2() {
		return this.floorAreaM2;
	}

	public void setFloorAreaM2(@Nullable Integer floorAreaM2) {
		this.floorAreaM2 = floorAreaM2;
	}

	@Nullable public String getAccessibility() {
		return this.accessibility;
	}

	public void setAccessibility(@Nullable String accessibility) {
		this.accessibility = accessibility;
	}

	@Nullable public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(@Nullable String openingHours) {
		this.openingHours = openingHours;
	}

	@Nullable public SiteStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable SiteStatus status) {
		this.status = status;
	}

	public Set<Amenity> getAmenities() {
		return this.amenities;
	}

	public void setAmenities(@Nullable Set<Amenity> amenities) {
		this.amenities = (amenities != null) ? amenities : EnumSet.noneOf(Amenity.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
