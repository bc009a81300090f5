package org.passerelle.thirdplace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;
import org.passerelle.shared.NotFoundException;

/**
 * A third place: a site of an institution, on a campus, in a city centre or in the
 * suburbs, with its desk areas, offices and meeting rooms.
 */
@Entity
@Table(name = "thirdplace_site")
public class Site extends AuditedEntity {

	/** A square foot in square metres, exactly (0.3048 m squared). */
	static final double SQUARE_METRES_PER_SQUARE_FOOT = 0.092_903_04;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private long institutionId;

	@Column(length = 200)
	@Nullable private String campus;

	@Column(nullable = false, length = 300)
	private String address;

	@Column(nullable = false, length = 120)
	private String city;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private SiteSetting setting = SiteSetting.URBAN;

	@Column(length = 4000)
	@Nullable private String descriptionFr;

	@Column(length = 4000)
	@Nullable private String descriptionEn;

	@Column(name = "floor_area_m2")
	@Nullable private Integer floorAreaM2;

	@Column(length = 2000)
	@Nullable private String accessibility;

	@Column(length = 500)
	@Nullable private String openingHours;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private SiteStatus status = SiteStatus.PLANNED;

	@ElementCollection
	@CollectionTable(name = "thirdplace_site_amenity", joinColumns = @JoinColumn(name = "site_id"))
	@Column(name = "amenity", length = 30)
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@BatchSize(size = 100)
	private Set<Amenity> amenities = EnumSet.noneOf(Amenity.class);

	@OneToMany(mappedBy = "site", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("kind, name")
	@BatchSize(size = 100)
	private List<Space> spaces = new ArrayList<>();

	protected Site() {
		this.name = "";
		this.address = "";
		this.city = "";
	}

	public Site(SiteDetails details, long institutionId) {
		this();
		this.institutionId = institutionId;
		change(details);
	}

	/** Changes what the site is; its institution stays. */
	public void change(SiteDetails details) {
		this.name = details.name().strip();
		this.campus = blankToNull(details.campus());
		this.address = details.address().strip();
		this.city = details.city().strip();
		this.setting = details.setting();
		this.descriptionFr = blankToNull(details.descriptionFr());
		this.descriptionEn = blankToNull(details.descriptionEn());
		if (details.floorAreaM2() != null && details.floorAreaM2() <= 0) {
			throw new HostingRuleException("site.floorArea.positive");
		}
		this.floorAreaM2 = details.floorAreaM2();
		this.accessibility = blankToNull(details.accessibility());
		this.openingHours = blankToNull(details.openingHours());
		this.status = details.status();
		this.amenities.clear();
		this.amenities.addAll(details.amenities());
	}

	/**
	 * Adds a space.
	 * @throws HostingRuleException if the site has a space of that name already or the
	 * capacity is not positive
	 */
	public Space addSpace(SpaceKind kind, String name, int capacity) {
		String stripped = name.strip();
		if (this.spaces.stream().anyMatch((space) -> space.getName().equalsIgnoreCase(stripped))) {
			throw new HostingRuleException("space.name.taken");
		}
		Space space = new Space(this, kind, stripped, capacity);
		this.spaces.add(space);
		return space;
	}

	public Space space(long spaceId) {
		return this.spaces.stream()
			.filter((space) -> space.getId() != null && space.getId() == spaceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Space", spaceId));
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The description in the reader's language, or in the other one when it has none in
	 * theirs.
	 */
	public @Nullable String description(Locale locale) {
		boolean french = "fr".equals(locale.getLanguage());
		String wanted = french ? this.descriptionFr : this.descriptionEn;
		return (wanted != null) ? wanted : (french ? this.descriptionEn : this.descriptionFr);
	}

	/** Whether the description shown to this reader is in the other language. */
	public boolean describedInOtherLanguage(Locale locale) {
		boolean french = "fr".equals(locale.getLanguage());
		return (french ? this.descriptionFr : this.descriptionEn) == null && description(locale) != null;
	}

	/** The floor area in square feet, rounded, or null when unknown. */
	public @Nullable Long floorAreaSquareFeet() {
		return (this.floorAreaM2 != null) ? toSquareFeet(this.floorAreaM2) : null;
	}

	static long toSquareFeet(int squareMetres) {
		return Math.round(squareMetres / SQUARE_METRES_PER_SQUARE_FOOT);
	}

	/** The number of desks in the site's open-desk areas. */
	public int desks() {
		return this.spaces.stream().filter((s) -> s.getKind() == SpaceKind.DESKS).mapToInt(Space::getCapacity).sum();
	}

	public List<Space> spacesOf(SpaceKind kind) {
		return this.spaces.stream().filter((space) -> space.getKind() == kind).toList();
	}

	public String getName() {
		return this.name;
	}

	public long getInstitutionId() {
		return this.institutionId;
	}

	@Nullable public String getCampus() {
		return this.campus;
	}

	public String getAddress() {
		return this.address;
	}

	public String getCity() {
		return this.city;
	}

	public SiteSetting getSetting() {
		return this.setting;
	}

	@Nullable public String getDescriptionFr() {
		return this.descriptionFr;
	}

	@Nullable public String getDescriptionEn() {
		return this.descriptionEn;
	}

	@Nullable public Integer getFloorAreaM2() {
		return this.floorAreaM2;
	}

	@Nullable public String getAccessibility() {
		return this.accessibility;
	}

	@Nullable public String getOpeningHours() {
		return this.openingHours;
	}

	public SiteStatus getStatus() {
		return this.status;
	}

	/** The amenities, in the order of {@link Amenity}. */
	public Set<Amenity> getAmenities() {
		Set<Amenity> ordered = EnumSet.noneOf(Amenity.class);
		ordered.addAll(this.amenities);
		return Collections.unmodifiableSet(ordered);
	}

	public List<Space> getSpaces() {
		return Collections.unmodifiableList(this.spaces);
	}

}
