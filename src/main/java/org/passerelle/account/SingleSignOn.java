package org.passerelle.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.passerelle.account.SingleSignOnSettings.IdentityProvider;
import org.passerelle.shared.Role;

/**
 * Finds the account of someone an identity provider has signed in: through the link of an
 * earlier sign-in (issuer and subject), else the account with the same e-mail when the
 * provider has verified it (and the link is made), else a new account when the provider's
 * settings give a role. Deactivated accounts stay refused.
 */
@Service
@Transactional
class SingleSignOn {

	private static final Logger logger = LoggerFactory.getLogger(SingleSignOn.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final JdbcClient jdbc;

	private final SingleSignOnSettings settings;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	SingleSignOn(AccountRepository accounts, JdbcClient jdbc, SingleSignOnSettings settings,
			PasswordEncoder passwordEncoder, AuditLog audit, Optional<Clock> clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.settings = settings;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/**
	 * The account of the person {@code subject} of {@code issuer}, signed in through the
	 * registration {@code registrationId} with these claims.
	 * @throws SingleSignOnRefusedException when Passerelle refuses them
	 */
	Account signIn(String registrationId, String issuer, String subject, Map<String, Object> claims) {
		Optional<Long> linked = this.jdbc
			.sql("select account_id from account_identity_link where issuer = ? and subject = ?")
			.params(issuer, subject)
			.query(Long.class)
			.optional();
		String email = text(claims.get("email"));
		if (linked.isPresent()) {
			Account account = this.accounts.findById(linked.get()).orElseThrow();
			if (!account.isActive()) {
				throw new SingleSignOnRefusedException(SingleSignOnRefusedException.DEACTIVATED, registrationId,
						account.getEmail());
			}
			touch(issuer, subject);
			followClaims(account, registrationId, claims);
			signedIn(account, registrationId);
			return account;
		}
		if (email == null || email.isBlank()) {
			throw new SingleSignOnRefusedException(SingleSignOnRefusedException.NO_EMAIL, registrationId, null);
		}
		if (!isTrue(claims.get("email_verified"))) {
			throw new SingleSignOnRefusedException(SingleSignOnRefusedException.UNVERIFIED_EMAIL, registrationId,
					email);
		}
		Optional<Account> existing = this.accounts.findByEmail(Account.normalise(email));
		if (existing.isPresent()) {
			Account account = existing.get();
			if (!account.isActive()) {
				throw new SingleSignOnRefusedException(SingleSignOnRefusedException.DEACTIVATED, registrationId,
						account.getEmail());
			}
			if (!mayLink(account, this.settings.provider(registrationId))) {
				throw new SingleSignOnRefusedException(SingleSignOnRefusedException.OTHER_ORGANISATION, registrationId,
						account.getEmail());
			}
			link(account, registrationId, issuer, subject);
			this.audit.record(AuditKind.SSO_LINKED, account.getId(), account.getEmail(), registrationId);
			followClaims(account, registrationId, claims);
			signedIn(account, registrationId);
			return account;
		}
		IdentityProvider provider = this.settings.provider(registrationId);
		Role role = (provider != null && provider.createAccounts()) ? claimedRole(provider, claims) : null;
		if (provider == null || role == null) {
			throw new SingleSignOnRefusedException(SingleSignOnRefusedException.NO_ACCOUNT, registrationId, email);
		}
		Account account = this.accounts.saveAndFlush(new Account(email, displayName(claims, email),
				this.passwordEncoder.encode(randomPassword()), role, provider.organisationId()));
		link(account, registrationId, issuer, subject);
		this.audit.record(AuditKind.SSO_ACCOUNT_CREATED, account.getId(), account.getEmail(),
				registrationId + " → " + role.name());
		logger.info("Account {} created on its first sign-in through {}", account.getId(), registrationId);
		signedIn(account, registrationId);
		return account;
	}

	/**
	 * At each sign-in, a provider that belongs to an organisation and gives roles from
	 * claims keeps the account's role and organisation in step with them (someone who
	 * became staff, or moved to that organisation), and the change goes to the audit log.
	 * Administrators are never changed (the portal gives that role), and claims that give
	 * no role leave the account as it is.
	 */
	private void followClaims(Account account, String registrationId, Map<String, Object> claims) {
		IdentityProvider provider = this.settings.provider(registrationId);
		if (provider == null || provider.organisationId() == null || account.getRole() == Role.ADMIN) {
			return;
		}
		Role role = claimedRole(provider, claims);
		if (role == null
				|| (role == account.getRole() && provider.organisationId().equals(account.getOrganisationId()))) {
			return;
		}
		String detail = registrationId + ": " + account.getRole().name() + " → " + role.name();
		if (!provider.organisationId().equals(account.getOrganisationId())) {
			detail += ", organisation " + account.getOrganisationId() + " → " + provider.organisationId();
		}
		account.update(account.getEmail(), account.getDisplayName(), role, provider.organisationId());
		this.audit.record(AuditKind.SSO_ROLE_CHANGED, account.getId(), account.getEmail(), detail);
		logger.info("Account {} updated from {}'s claims", account.getId(), registrationId);
	}

	/**
	 * A provider that belongs to an organisation links only that organisation's accounts:
	 * a company's provider, which may call any address verified, never reaches an
	 * administrator or another organisation's people.
	 */
	private static boolean mayLink(Account account, @Nullable IdentityProvider provider) {
		return provider == null || provider.organisationId() == null
				|| provider.organisationId().equals(account.getOrganisationId());
	}

	private void signedIn(Account account, String registrationId) {
		this.audit.record(AuditKind.SIGN_IN, account.getId(), account.getEmail(), registrationId);
	}

	private void link(Account account, String registrationId, String issuer, String subject) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc
			.sql("""
					insert into account_identity_link (account_id, registration_id, issuer, subject, linked_at, last_sign_in_at)
					values (?, ?, ?, ?, ?, ?)""")
			.params(account.getId(), registrationId, issuer, subject, now, now)
			.update();
	}

	private void touch(String issuer, String subject) {
		this.jdbc.sql("update account_identity_link set last_sign_in_at = ? where issuer = ? and subject = ?")
			.params(Timestamp.from(this.clock.instant()), issuer, subject)
			.update();
	}

	private static String displayName(Map<String, Object> claims, String email) {
		String name = text(claims.get("name"));
		if (name == null || name.isBlank()) {
			String given = text(claims.get("given_name"));
			String family = text(claims.get("family_name"));
			name = ((given != null) ? given : "") + " " + ((family != null) ? family : "");
		}
		name = name.strip();
		if (name.isEmpty()) {
			name = email.strip();
		}
		return (name.length() > 120) ? name.substring(0, 120) : name;
	}

	/** The role the provider gives for these claims, or {@code null}. */
	@Nullable private static Role claimedRole(IdentityProvider provider, Map<String, Object> claims) {
		return provider.roleFor(values((provider.roleClaim() != null) ? claims.get(provider.roleClaim()) : null));
	}

	/** A claim's values: a list, or a text of values separated by spaces or commas. */
	static List<String> values(@Nullable Object claim) {
		if (claim instanceof Collection<?> collection) {
			return collection.stream().map(String::valueOf).toList();
		}
		if (claim instanceof String text) {
			return Arrays.stream(text.split("[\\s,]+")).filter((value) -> !value.isEmpty()).toList();
		}
		return List.of();
	}

	private static boolean isTrue(@Nullable Object claim) {
		return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(String.valueOf(claim));
	}

	@Nullable private static String text(@Nullable Object claim) {
		return (claim != null) ? claim.toString() : null;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
