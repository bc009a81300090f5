package org.passerelle.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.NameOrder;
import org.passerelle.shared.AuditedEntity;

/**
 * An institution (university, school, faculty, laboratory) or a partner organisation
 * (company, cluster, public body...).
 */
@Entity
@Table(name = "organisation")
@BatchSize(size = 500)
public class Organisation extends AuditedEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 60)
	@Nullable private String shortName;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private OrganisationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	@Nullable private Organisation parent;

	@Column(length = 9)
	@Nullable private String siren;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20)
	@Nullable private SizeClass sizeClass;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 30)
	@Nullable private Sector sector;

	@Column(length = 120)
	@Nullable private String city;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 40)
	@Nullable private Region region;

	@Column(length = 300)
	@Nullable private String website;

	@Column(length = 4000)
	@Nullable private String description;

	@ElementCollection
	@BatchSize(size = 500)
	@CollectionTable(name = "organisation_tag", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "tag", length = 40)
	private Set<String> tags = new TreeSet<>();

	@ManyToMany
	@BatchSize(size = 500)
	@JoinTable(name = "organisation_cluster_member", joinColumns = @JoinColumn(name = "member_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	private Set<Organisation> clusters = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "clusters")
	private Set<Organisation> members = new LinkedHashSet<>();

	@Column(nullable = false)
	private boolean active = true;

	@Column(length = 200)
	@Nullable private String nameKey;

	@Column(length = 800)
	@Nullable private String searchText;

	@Column(length = 14)
	@Nullable private String siret;

	@Column(length = 8)
	@Nullable private String uai;

	@Column(length = 10)
	@Nullable private String rna;

	@Column(length = 9)
	@Nullable private String ror;

	@Column(length = 14)
	@Nullable private String vatNumber;

	@Column(nullable = false, length = 2)
	private String country = "FR";

	@Column(length = 300)
	@Nullable private String streetAddress;

	@Column(length = 10)
	@Nullable private String postalCode;

	@Column(length = 40)
	@Nullable private String phone;

	@Column(length = 200)
	@Nullable private String matchName;

	@Column(length = 120)
	@Nullable private String matchCity;

	@Column(name = "merged_into_id")
	@Nullable private Long mergedIntoId;

	@Nullable private Instant mergedAt;

	protected Organisation() {
		this.name = "";
		this.kind = OrganisationKind.COMPANY;
	}

	public Organisation(String name, OrganisationKind kind, @Nullable String city) {
		this.name = name;
		this.kind = kind;
		this.city = city;
	}

	public String getName() {
		return this.name;
	}

	@Nullable public String getShortName() {
		return this.shortName;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public boolean isInstitution() {
		return this.kind.isInstitution();
	}

	/**
	 * Whether this is an institution that would stay where it is under {@code parentId}
	 * ({@code null}: at the top): an edit that does not move it.
	 */
	public boolean isInstitutionUnder(@Nullable Long parentId) {
		return isInstitution() && Objects.equals((this.parent != null) ? this.parent.getId() : null, parentId);
	}

	@Nullable public Organisation getParent() {
		return this.parent;
	}

	@Nullable public String getSiren() {
		return this.siren;
	}

	@Nullable public SizeClass getSizeClass() {
		return this.sizeClass;
	}

	@Nullable public Sector getSector() {
		return this.sector;
	}

	@Nullable public String getCity() {
		return this.city;
	}

	@Nullable public Region getRegion() {
		return this.region;
	}

	@Nullable public String getWebsite() {
		return this.website;
	}

	@Nullable public String getDescription() {
		return this.description;
	}

	/** The tags, in alphabetical order. */
	public Set<String> getTags() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(this.tags));
	}

	/** The clusters this organisation belongs to, by name. */
	public List<Organisation> getClusters() {
		return this.clusters.stream().sorted(NameOrder.by(Organisation::getName)).toList();
	}

	public boolean isActive() {
		return this.active;
	}

	@Nullable public String getSiret() {
		return this.siret;
	}

	@Nullable public String getUai() {
		return this.uai;
	}

	@Nullable public String getRna() {
		return this.rna;
	}

	@Nullable public String getRor() {
		return this.ror;
	}

	@Nullable public String getVatNumber() {
		return this.vatNumber;
	}

	/** The two-letter ISO code of its country. */
	public String getCountry() {
		return this.country;
	}

	/** Its country's name in the reader's language ("Allemagne", "Germany"). */
	public String countryName(java.util.Locale locale) {
		return new java.util.Locale.Builder().setRegion(this.country).build().getDisplayCountry(locale);
	}

	@Nullable public String getStreetAddress() {
		return this.streetAddress;
	}

	@Nullable public String getPostalCode() {
		return this.postalCode;
	}

	@Nullable public String getPhone() {
		return this.phone;
	}

	/** Its identifiers, country, address and phone. */
	public EstablishmentDetails getEstablishment() {
		return new EstablishmentDetails(this.siret, this.uai, this.rna, this.ror, this.vatNumber, this.country,
				this.streetAddress, this.postalCode, this.phone);
	}

	/** The organisation this one was merged into, whose page its own redirects to. */
	@Nullable public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	@Nullable public Instant getMergedAt() {
		return this.mergedAt;
	}

	public boolean isMerged() {
		return this.mergedIntoId != null;
	}

	@Nullable String getMatchName() {
		return this.matchName;
	}

	@Nullable String getMatchCity() {
		return this.matchCity;
	}

	@Nullable String getNameKey() {
		return this.nameKey;
	}

	/** The name, followed by the short name or acronym when there is one. */
	public String getDisplayName() {
		return (this.shortName != null && !this.shortName.equalsIgnoreCase(this.name))
				? this.name + " (" + this.shortName + ")" : this.name;
	}

	void update(OrganisationDetails details, @Nullable Organisation parent, Set<Organisation> clusters) {
		this.name = details.name();
		this.kind = details.kind();
		this.siren = details.siren();
		if (details.establishment() != null) {
			updateEstablishment(details.establishment());
		}
		this.parent = parent;
		this.clusters.clear();
		this.clusters.addAll(clusters);
		updateProfile(details.profile());
	}

	/** The longest name an organisation may have. */
	public static final int NAME_MAX_LENGTH = 200;

	private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");

	/**
	 * A rule of the directory that some data break.
	 *
	 * @param field the field at fault, as the forms name it ({@code shortName},
	 * {@code sizeClass}, {@code city}, {@code website}, {@code description})
	 * @param rule what is wrong
	 * @param maxLength for {@link Rule#TOO_LONG}, the length allowed
	 */
	public record Broken(String field, Rule rule, int maxLength) {

		/** What an organisation's data must respect. */
		public enum Rule {

			/** Longer than its column allows. */
			TOO_LONG,
			/** A website is a web address starting with https:// or http://. */
			NOT_A_WEBSITE,
			/** Only companies have a size class. */
			SIZE_CLASS_FOR_COMPANIES_ONLY,
			/** An identifier that its register's format or check characters refuse. */
			NOT_AN_IDENTIFIER,
			/** A country is its two-letter ISO code. */
			NOT_A_COUNTRY

		}

	}

	/**
	 * The rules an organisation of this kind with this public profile would break: every
	 * form and the import ask this before saving, and the organisation refuses such a
	 * profile.
	 */
	public static List<Broken> rulesBrokenBy(@Nullable OrganisationKind kind, PublicProfile profile) {
		List<Broken> broken = new ArrayList<>();
		tooLong(broken, "shortName", profile.shortName(), 60);
		tooLong(broken, "city", profile.city(), 120);
		tooLong(broken, "website", profile.website(), 300);
		tooLong(broken, "description", profile.description(), 4000);
		if (profile.website() != null && !WEBSITE.matcher(profile.website()).matches()) {
			broken.add(new Broken("website", Broken.Rule.NOT_A_WEBSITE, 0));
		}
		if (profile.sizeClass() != null && kind != null && kind != OrganisationKind.COMPANY) {
			broken.add(new Broken("sizeClass", Broken.Rule.SIZE_CLASS_FOR_COMPANIES_ONLY, 0));
		}
		return broken;
	}

	private static void tooLong(List<Broken> broken, String field, @Nullable String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			broken.add(new Broken(field, Broken.Rule.TOO_LONG, maxLength));
		}
	}

	void updateProfile(PublicProfile profile) {
		List<Broken> broken = rulesBrokenBy(this.kind, profile);
		if (!broken.isEmpty()) {
			throw new IllegalArgumentException("Profile breaks the directory's rules: " + broken);
		}
		this.shortName = profile.shortName();
		this.sizeClass = profile.sizeClass();
		this.sector = profile.sector();
		this.city = profile.city();
		this.region = profile.region();
		this.website = profile.website();
		this.description = profile.description();
		if (!this.tags.equals(profile.tags())) {
			this.tags.clear();
			this.tags.addAll(profile.tags());
		}
		index();
	}

	void updateEstablishment(EstablishmentDetails establishment) {
		List<Broken> broken = rulesBrokenBy(establishment);
		if (!broken.isEmpty()) {
			throw new IllegalArgumentException("Establishment breaks the directory's rules: " + broken);
		}
		this.siret = establishment.siret();
		this.uai = establishment.uai();
		this.rna = establishment.rna();
		this.ror = establishment.ror();
		this.vatNumber = establishment.vatNumber();
		this.country = establishment.country();
		this.streetAddress = establishment.streetAddress();
		this.postalCode = establishment.postalCode();
		this.phone = establishment.phone();
	}

	/**
	 * The rules identifiers, country, address and phone would break: every identifier
	 * well formed with its check characters, a two-letter country, lengths.
	 */
	public static List<Broken> rulesBrokenBy(EstablishmentDetails establishment) {
		List<Broken> broken = new ArrayList<>();
		for (Identifier identifier : Identifier.values()) {
			String value = establishment.identifier(identifier);
			if (value != null && !identifier.isValid(value)) {
				broken.add(new Broken(identifier.field(), Broken.Rule.NOT_AN_IDENTIFIER, 0));
			}
		}
		if (!establishment.country().matches("[A-Z]{2}")) {
			broken.add(new Broken("country", Broken.Rule.NOT_A_COUNTRY, 0));
		}
		tooLong(broken, "streetAddress", establishment.streetAddress(), 300);
		tooLong(broken, "postalCode", establishment.postalCode(), 10);
		tooLong(broken, "phone", establishment.phone(), 40);
		return broken;
	}

	/**
	 * Makes this organisation a redirect to {@code kept}: deactivated, without the
	 * identifiers that must stay unique (the kept one carries them now).
	 */
	void mergeInto(Organisation kept, Instant at) {
		if (kept == this || this.mergedIntoId != null || kept.isMerged()) {
			throw new IllegalArgumentException("An organisation is merged once, into another one that is not merged");
		}
		this.mergedIntoId = kept.getId();
		this.mergedAt = at;
		this.active = false;
		this.siret = null;
		this.uai = null;
	}

	/** Leaves every cluster (a merged organisation's memberships go to the kept one). */
	void leaveClusters() {
		this.clusters.clear();
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** What the audit compares before and after a change. */
	Map<String, String> snapshot() {
		Map<String, String> snapshot = snapshotOf(this.name, this.kind,
				(this.parent != null) ? this.parent.getName() : null, this.siren, new PublicProfile(this.shortName,
						this.sizeClass, this.sector, this.city, this.region, this.website, this.description, this.tags),
				this.clusters.stream().map(Organisation::getName).toList());
		snapshot.put("siret", text(this.siret));
		snapshot.put("uai", text(this.uai));
		snapshot.put("rna", text(this.rna));
		snapshot.put("ror", text(this.ror));
		snapshot.put("vat", text(this.vatNumber));
		snapshot.put("country", this.country);
		snapshot.put("streetAddress", text(this.streetAddress));
		snapshot.put("postalCode", text(this.postalCode));
		snapshot.put("phone", text(this.phone));
		return snapshot;
	}

	static Map<String, String> snapshotOf(String name, OrganisationKind kind, @Nullable String parentName,
			@Nullable String siren, PublicProfile profile, Collection<String> clusterNames) {
		Map<String, String> snapshot = new LinkedHashMap<>();
		snapshot.put("name", name);
		snapshot.put("shortName", text(profile.shortName()));
		snapshot.put("kind", kind.name());
		snapshot.put("parent", text(parentName));
		snapshot.put("siren", text(siren));
		snapshot.put("sizeClass", (profile.sizeClass() != null) ? profile.sizeClass().name() : "");
		snapshot.put("sector", (profile.sector() != null) ? profile.sector().name() : "");
		snapshot.put("city", text(profile.city()));
		snapshot.put("region", (profile.region() != null) ? profile.region().name() : "");
		snapshot.put("website", text(profile.website()));
		snapshot.put("description", text(profile.description()));
		snapshot.put("tags", String.join(", ", new TreeSet<>(profile.tags())));
		snapshot.put("clusters",
				clusterNames.stream()
					.sorted(NameOrder.by((String cluster) -> cluster))
					.collect(Collectors.joining(", ")));
		return snapshot;
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** The key two organisations are the same by when they have no SIREN. */
	public static String matchKey(String name, @Nullable String city) {
		return SearchText.normalise(name) + "|" + SearchText.normalise(city);
	}

	/**
	 * What probable duplicates are found by ({@link DuplicateCandidates}): the name and
	 * city as matching compares them, the RNA, ROR and SIREN.
	 */
	List<@Nullable String> matchedBy() {
		return java.util.Arrays.asList(MatchText.name(this.name), MatchText.city(this.city), this.rna, this.ror,
				this.siren);
	}

	@PrePersist
	@PreUpdate
	void index() {
		this.nameKey = SearchText.normalise(this.name);
		this.searchText = searchTextOf(this.name, this.shortName, this.city, this.siren);
		this.matchName = MatchText.name(this.name);
		this.matchCity = MatchText.city(this.city);
	}

	static String searchTextOf(String name, @Nullable String shortName, @Nullable String city, @Nullable String siren) {
		String text = String.join(" ", SearchText.normalise(name), SearchText.normalise(shortName),
				SearchText.normalise(city), (siren != null) ? siren : "");
		return " " + text.replaceAll(" +", " ").strip() + " ";
	}

}
