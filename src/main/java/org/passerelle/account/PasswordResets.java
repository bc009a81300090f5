package org.passerelle.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": single-use links, valid for
 * {@code passerelle.account.password-reset.validity}, mailed on request (by the person,
 * from the sign-in page, or by an administrator). The answer to a request is the same
 * whether the address has an account or not; requests are throttled per address and per
 * client, and the limits only stop links from being sent, never lock anybody out. Only a
 * hash of each link's token is stored.
 */
@Service
@Transactional
public class PasswordResets {

	private static final Logger logger = LoggerFactory.getLogger(PasswordResets.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final PasswordEncoder passwordEncoder;

	private final PasswordResetSettings settings;

	private final Clock clock;

	private final AuditLog audit;

	PasswordResets(AccountRepository accounts, JdbcClient jdbc, ApplicationEventPublisher events,
			PasswordEncoder passwordEncoder, PasswordResetSettings settings, Optional<Clock> clock, AuditLog audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * Someone asks for a link for {@code email} from {@code client} (an IP address): a
	 * link is mailed if an active account has that address and neither limit is reached.
	 * Nothing tells the caller which happened.
	 */
	public void request(String email, String client, Locale locale) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String clientKey = hash(client);
		Instant now = this.clock.instant();
		Instant since = now.minus(this.settings.window());
		this.jdbc.sql("delete from account_password_reset_request where requested_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		int byAddress = count("email", address, since);
		int byClient = count("client", clientKey, since);
		this.jdbc.sql("insert into account_password_reset_request (email, client, requested_at) values (?, ?, ?)")
			.params(address, clientKey, Timestamp.from(now))
			.update();
		if (byAddress >= this.settings.perAddress() || byClient >= this.settings.perClient()) {
			logger.warn("Password reset request not acted upon: limit reached ({} for the address, {} for the client)",
					byAddress, byClient);
			return;
		}
		this.accounts.findByEmail(address)
			.filter(Account::isActive)
			.ifPresent((account) -> issue(account, locale, false));
	}

	/** An administrator has a link mailed to the person: they never see the password. */
	public void sendFor(long accountId, Locale locale) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new org.passerelle.shared.NotFoundException("Account", accountId));
		if (!account.isActive()) {
			throw new IllegalStateException("No password link for a deactivated account");
		}
		issue(account, locale, true);
		this.audit.record(AuditKind.PASSWORD_LINK_SENT, accountId, account.getEmail(), null);
	}

	/** Whether the link of {@code token} still works. */
	@Transactional(readOnly = true)
	public boolean isValid(@Nullable String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from account_password_reset r join account a on a.id = r.account_id
				  where r.token_hash = ? and r.used_at is null and r.expires_at > ? and a.active)""")
			.params(hash(token), Timestamp.from(this.clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Sets the password chosen through the link of {@code token}, which then stops
	 * working, as do the person's other links; a locked account is unlocked.
	 * @throws ResetLinkInvalidException if the link is unknown, used, expired or its
	 * account deactivated
	 */
	public void reset(String token, String newPassword) {
		Instant now = this.clock.instant();
		Long accountId = this.jdbc.sql("""
				update account_password_reset set used_at = ?
				where token_hash = ? and used_at is null and expires_at > ? returning account_id""")
			.params(Timestamp.from(now), hash(token), Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElseThrow(ResetLinkInvalidException::new);
		Account account = this.accounts.findById(accountId)
			.filter(Account::isActive)
			.orElseThrow(ResetLinkInvalidException::new);
		account.resetPassword(this.passwordEncoder.encode(newPassword));
		this.jdbc.sql("update account_password_reset set used_at = ? where account_id = ? and used_at is null")
			.params(Timestamp.from(now), accountId)
			.update();
		logger.info("Password of account {} reset through a link", accountId);
		this.audit.record(AuditKind.PASSWORD_RESET, accountId, account.getEmail(), null);
	}

	private void issue(Account account, Locale locale, boolean byAdministrator) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.settings.validity());
		this.jdbc.sql("""
				insert into account_password_reset (token_hash, account_id, created_at, expires_at)
				values (?, ?, ?, ?)""")
			.params(hash(token), account.getId(), Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		this.events.publishEvent(new PasswordResetRequested(account.getEmail(), account.getDisplayName(), token,
				expiresAt, locale, byAdministrator));
	}

	private int count(String column, String value, Instant since) {
		return this.jdbc
			.sql("select count(*) from account_password_reset_request where " + column + " = ? and requested_at >= ?")
			.params(value, Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

	private static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
