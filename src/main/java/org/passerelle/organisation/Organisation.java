package org.passerelle.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;

/**
 * An institution (university, school, faculty, laboratory) or a partner organisation
 * (company, cluster, public body...).
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AuditedEntity {

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private OrganisationKind kind;

	@Column(length = 120)
	@Nullable private String city;

	@Column(nullable = false)
	private boolean active = true;

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

	public OrganisationKind getKind() {
		return this.kind;
	}

	public boolean isInstitution() {
		return this.kind.isInstitution();
	}

	@Nullable public String getCity() {
		return this.city;
	}

	public boolean isActive() {
		return this.active;
	}

}
