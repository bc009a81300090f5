package org.passerelle.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import org.passerelle.shared.AuditedEntity;
import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

/**
 * Someone who signs in to Passerelle. Accounts are deactivated, never deleted: people own
 * records.
 */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

	@Column(nullable = false, unique = true, length = 254)
	private String email;

	@Column(nullable = false, length = 120)
	private String displayName;

	@Column(nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private Role role;

	@Nullable private Long organisationId;

	@Column(nullable = false)
	private boolean active = true;

	@Column(nullable = false)
	private int failedSignIns;

	@Nullable private Instant lockedUntil;

	protected Account() {
		this.email = "";
		this.displayName = "";
		this.passwordHash = "";
		this.role = Role.LIAISON;
	}

	Account(String email, String displayName, String passwordHash, Role role, @Nullable Long organisationId) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisationId = organisationId;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean isActive() {
		return this.active;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	int getFailedSignIns() {
		return this.failedSignIns;
	}

	@Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void update(String email, String displayName, Role role, @Nullable Long organisationId) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/** A new password chosen through a link: a locked account is unlocked too. */
	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		unlock();
	}

	/** Lifts a lock after failed sign-ins. */
	void unlock() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	/**
	 * Counts a failed sign-in; the account locks for {@code lockFor} once
	 * {@code maxFailures} failures follow each other.
	 */
	void signInFailed(Instant now, int maxFailures, Duration lockFor) {
		if (this.lockedUntil != null && !this.lockedUntil.isAfter(now)) {
			this.lockedUntil = null;
			this.failedSignIns = 0;
		}
		this.failedSignIns++;
		if (this.failedSignIns >= maxFailures) {
			this.lockedUntil = now.plus(lockFor);
		}
	}

	void signedIn() {
		this.failedSignIns = 0;
		this.lockedUntil = null;
	}

	PasserelleUser toUser(Instant now) {
		return new PasserelleUser(getId(), this.email, this.passwordHash, this.displayName, this.role,
				this.organisationId, this.active, !isLocked(now));
	}

}
