package org.passerelle.thirdplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A space of a site: an open-desk area with its number of desks, a private office or a
 * meeting room with the number of people it holds.
 */
@Entity
@Table(name = "thirdplace_space")
public class Space {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "site_id")
	private Site site;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 12)
	private SpaceKind kind;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false)
	private int capacity;

	protected Space() {
		this.site = null;
		this.kind = SpaceKind.DESKS;
		this.name = "";
	}

	Space(Site site, SpaceKind kind, String name, int capacity) {
		this.site = site;
		this.kind = kind;
		this.name = name;
		change(name, capacity);
	}

	/** Renames the space or changes its capacity. */
	public void change(String name, int capacity) {
		if (capacity <= 0 || capacity > 2000) {
			throw new HostingRuleException("space.capacity.range");
		}
		this.name = name.strip();
		this.capacity = capacity;
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public SpaceKind getKind() {
		return this.kind;
	}

	public String getName() {
		return this.name;
	}

	public int getCapacity() {
		return this.capacity;
	}

}
