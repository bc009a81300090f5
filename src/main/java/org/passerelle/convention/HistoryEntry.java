package org.passerelle.convention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One change made to a convention: what, by whom (the e-mail of the account, or
 * {@code system}) and when. Status changes keep the statuses they went from and to.
 */
@Entity
@Table(name = "convention_history")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Nullable private Long id;

	@Column(nullable = false)
	private long conventionId;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false, length = 254)
	private String actor;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 30)
	private HistoryKind kind;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20)
	@Nullable private ConventionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 20)
	@Nullable private ConventionStatus toStatus;

	@Column(length = 500)
	@Nullable private String detail;

	protected HistoryEntry() {
		this.at = Instant.EPOCH;
		this.actor = "";
		this.kind = HistoryKind.CREATED;
	}

	HistoryEntry(long conventionId, Instant at, String actor, HistoryKind kind, @Nullable String detail) {
		this.conventionId = conventionId;
		this.at = at;
		this.actor = actor;
		this.kind = kind;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 499) + "…" : detail;
	}

	static HistoryEntry transition(long conventionId, Instant at, String actor, ConventionStatus from,
			ConventionStatus to) {
		return transition(conventionId, at, actor, from, to, null);
	}

	static HistoryEntry transition(long conventionId, Instant at, String actor, ConventionStatus from,
			ConventionStatus to, @Nullable String detail) {
		HistoryEntry entry = new HistoryEntry(conventionId, at, actor, HistoryKind.STATUS_CHANGED, detail);
		entry.fromStatus = from;
		entry.toStatus = to;
		return entry;
	}

	@Nullable public Long getId() {
		return this.id;
	}

	public long getConventionId() {
		return this.conventionId;
	}

	public Instant getAt() {
		return this.at;
	}

	public String getActor() {
		return this.actor;
	}

	public HistoryKind getKind() {
		return this.kind;
	}

	@Nullable public ConventionStatus getFromStatus() {
		return this.fromStatus;
	}

	@Nullable public ConventionStatus getToStatus() {
		return this.toStatus;
	}

	@Nullable public String getDetail() {
		return this.detail;
	}

	/** When, on the offices' clock (Paris time). */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.at, ZoneId.of("Europe/Paris"));
	}

}
