package org.passerelle.stand;

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
 * A company on a stand: the lead (position 0) or one it invited, with its agreed share of
 * the fee and whom to write to. Changed only through its {@link Stand}.
 */
@Entity
@Table(name = "stand_company")
public class StandCompany {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "stand_id")
	private Stand stand;

	@Column(nullable = false)
	private long organisationId;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 10)
	private MembershipStatus status = MembershipStatus.INVITED;

	@Column(nullable = false)
	private int share = 1;

	@Column(length = 200)
	@Nullable private String contactName;

	@Column(length = 254)
	@Nullable private String contactEmail;

	protected StandCompany() {
		this.stand = null;
	}

	StandCompany(Stand stand, long organisationId, int position) {
		this.stand = stand;
		this.organisationId = organisationId;
		this.position = position;
	}

	void join(String contactName, String contactEmail) {
		this.status = MembershipStatus.JOINED;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
	}

	void refuse() {
		this.status = MembershipStatus.REFUSED;
	}

	void inviteAgain() {
		this.status = MembershipStatus.INVITED;
	}

	void setShare(int share) {
		this.share = share;
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public Stand getStand() {
		return this.stand;
	}

	public long getOrganisationId() {
		return this.organisationId;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isLead() {
		return this.position == 0;
	}

	public MembershipStatus getStatus() {
		return this.status;
	}

	public boolean isJoined() {
		return this.status == MembershipStatus.JOINED;
	}

	public boolean isInvited() {
		return this.status == MembershipStatus.INVITED;
	}

	public int getShare() {
		return this.share;
	}

	@Nullable public String getContactName() {
		return this.contactName;
	}

	@Nullable public String getContactEmail() {
		return this.contactEmail;
	}

}
