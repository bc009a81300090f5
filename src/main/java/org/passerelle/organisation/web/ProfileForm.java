package org.passerelle.organisation.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.OrganisationKind;
import org.passerelle.organisation.PublicProfile;
import org.passerelle.organisation.Region;
import org.passerelle.organisation.Sector;
import org.passerelle.organisation.SizeClass;

/**
 * An organisation's public profile, as its liaison edits it (staff edit it as part of
 * {@link OrganisationForm}).
 */
class ProfileForm {

	@Nullable private String shortName;

	@Nullable private SizeClass sizeClass;

	@Nullable private Sector sector;

	@Nullable private String city;

	@Nullable private Region region;

	@Nullable private String website;

	@Nullable private String description;

	@Size(max = 400)
	@Nullable private String tags;

	private long version;

	void fill(Organisation organisation) {
		this.shortName = organisation.getShortName();
		this.sizeClass = organisation.getSizeClass();
		this.sector = organisation.getSector();
		this.city = organisation.getCity();
		this.region = organisation.getRegion();
		this.website = organisation.getWebsite();
		this.description = organisation.getDescription();
		this.tags = String.join(", ", organisation.getTags());
		this.version = organisation.getVersion();
	}

	static ProfileForm of(Organisation organisation) {
		ProfileForm form = new ProfileForm();
		form.fill(organisation);
		return form;
	}

	/**
	 * Rejects the fields that break the directory's rules for an organisation of this
	 * kind ({@link Organisation#rulesBrokenBy}: lengths, website, size class), unless
	 * they have an error already.
	 */
	void rejectBrokenRules(@Nullable OrganisationKind kind, Errors errors) {
		for (Organisation.Broken broken : Organisation.rulesBrokenBy(kind, toProfile())) {
			if (errors.hasFieldErrors(broken.field())) {
				continue;
			}
			switch (broken.rule()) {
				case TOO_LONG -> errors.rejectValue(broken.field(), "Size",
						new Object[] { broken.field(), broken.maxLength(), 0 }, null);
				case NOT_A_WEBSITE -> errors.rejectValue(broken.field(), "Pattern");
				case SIZE_CLASS_FOR_COMPANIES_ONLY ->
					errors.rejectValue(broken.field(), "organisation.sizeClass.companiesOnly");
				case NOT_AN_IDENTIFIER, NOT_A_COUNTRY -> errors.rejectValue(broken.field(), "Pattern");
			}
		}
	}

	PublicProfile toProfile() {
		return new PublicProfile(blankToNull(this.shortName), this.sizeClass, this.sector, blankToNull(this.city),
				this.region, blankToNull(this.website), blankToNull(this.description), tagSet(this.tags));
	}

	/**
	 * Tags typed as "biotech, Oncology; start-up": lower-cased, trimmed, no duplicates.
	 */
	static Set<String> tagSet(@Nullable String tags) {
		if (tags == null || tags.isBlank()) {
			return new TreeSet<>();
		}
		return Arrays.stream(tags.split("[,;]"))
			.map((tag) -> tag.strip().toLowerCase(Locale.ROOT))
			.filter((tag) -> !tag.isEmpty())
			.map((tag) -> (tag.length() > 40) ? tag.substring(0, 40) : tag)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Nullable public String getShortName() {
		return this.shortName;
	}

	public void setShortName(@Nullable String shortName) {
		this.shortName = shortName;
	}

	@Nullable public SizeClass getSizeClass() {
		return this.sizeClass;
	}

	public void setSizeClass(@Nullable SizeClass sizeClass) {
		this.sizeClass = sizeClass;
	}

	@Nullable public Sector getSector() {
		return this.sector;
	}

	public void setSector(@Nullable Sector sector) {
		this.sector = sector;
	}

	@Nullable public String getCity() {
		return this.city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	@Nullable public Region getRegion() {
		return this.region;
	}

	public void setRegion(@Nullable Region region) {
		this.region = region;
	}

	@Nullable public String getWebsite() {
		return this.website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	@Nullable public String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	@Nullable public String getTags() {
		return this.tags;
	}

	public void setTags(@Nullable String tags) {
		this.tags = tags;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
