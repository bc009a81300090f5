package org.passerelle.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.shared.NotFoundException;

/**
 * People's passkeys, kept by Spring Security's JDBC repository: what the passkey pages
 * list and remove, and a new passkey (registered through Spring Security's endpoint)
 * recorded in the audit log. A passkey belongs to the account whose e-mail is its user
 * entity's name.
 */
@Transactional
public class Passkeys implements UserCredentialRepository {

	private final UserCredentialRepository credentials;

	private final PublicKeyCredentialUserEntityRepository users;

	private final AuditLog audit;

	private final AccountRepository accounts;

	Passkeys(UserCredentialRepository credentials, PublicKeyCredentialUserEntityRepository users, AuditLog audit,
			AccountRepository accounts) {
		this.credentials = credentials;
		this.users = users;
		this.audit = audit;
		this.accounts = accounts;
	}

	/** One passkey as its owner sees it. */
	public record Passkey(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {

		/** Whether it signed its owner in since it was added. */
		public boolean usedSinceAdded() {
			return this.lastUsed != null
					&& (this.created == null || this.lastUsed.isAfter(this.created.plusSeconds(60)));
		}

	}

	/** The passkeys of the account with this e-mail, newest first. */
	@Transactional(readOnly = true)
	public List<Passkey> of(String email) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(Account.normalise(email));
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map((record) -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					record.getCreated(), record.getLastUsed()))
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/** Whether the account with this e-mail has at least one passkey. */
	@Transactional(readOnly = true)
	public boolean has(String email) {
		return !of(email).isEmpty();
	}

	/**
	 * Removes one of the passkeys of the account with this e-mail.
	 * @throws AccessDeniedException when the passkey is another person's
	 * @throws NotFoundException when there is no such passkey
	 */
	public void remove(String email, String passkeyId) {
		Passkey passkey = of(email).stream()
			.filter((each) -> each.id().equals(passkeyId))
			.findFirst()
			.orElseThrow(() -> (this.credentials.findByCredentialId(Bytes.fromBase64(passkeyId)) != null)
					? new AccessDeniedException("Another person's passkey")
					: new NotFoundException("Passkey", passkeyId));
		this.credentials.delete(Bytes.fromBase64(passkey.id()));
		record(AuditKind.PASSKEY_REMOVED, email, passkey.label());
	}

	/**
	 * Renames the passkeys' owner after an account's e-mail changed, so that they keep
	 * signing the same person in.
	 */
	void emailChanged(String before, String after) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(before);
		if (user != null && !before.equals(after)) {
			this.users.save(ImmutablePublicKeyCredentialUserEntity.builder()
				.name(after)
				.id(user.getId())
				.displayName(user.getDisplayName())
				.build());
		}
	}

	@Override
	public void delete(Bytes credentialId) {
		this.credentials.delete(credentialId);
	}

	/** Saves a passkey; a new one goes to the audit log. */
	@Override
	public void save(CredentialRecord credentialRecord) {
		boolean added = this.credentials.findByCredentialId(credentialRecord.getCredentialId()) == null;
		this.credentials.save(credentialRecord);
		if (added) {
			PublicKeyCredentialUserEntity user = this.users.findById(credentialRecord.getUserEntityUserId());
			if (user != null) {
				record(AuditKind.PASSKEY_ADDED, user.getName(), credentialRecord.getLabel());
			}
		}
	}

	@Override
	@Nullable public CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.credentials.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.credentials.findByUserId(userId);
	}

	private void record(AuditKind kind, String email, String label) {
		Optional<Account> account = this.accounts.findByEmail(Account.normalise(email));
		this.audit.record(kind, account.map(Account::getId).orElse(null), email, label);
	}

}
