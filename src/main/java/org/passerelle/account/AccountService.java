package org.passerelle.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

import org.passerelle.shared.NameOrder;
import org.passerelle.shared.NotFoundException;
import org.passerelle.shared.Role;

/**
 * Creates and changes accounts, and keeps count of failed sign-ins.
 */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Passkeys passkeys;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSettings settings,
			Optional<Clock> clock, ApplicationEventPublisher events, AuditLog audit, Passkeys passkeys) {
		this.audit = audit;
		this.passkeys = passkeys;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.settings = settings;
		this.clock = clock.orElseGet(Clock::systemUTC);
		this.events = events;
	}

	/**
	 * Accounts whose name or e-mail contains the text (any case), optionally of one role;
	 * active ones first, by name.
	 */
	@Transactional(readOnly = true)
	public Page<Account> search(@Nullable String text, @Nullable Role role, Pageable pageable) {
		String term = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		String pattern = term.isEmpty() ? "%"
				: "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.accounts.search(pattern, role, pageable);
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.accounts.findByEmail(Account.normalise(email));
	}

	public Account create(AccountDetails details, String password) {
		String email = Account.normalise(details.email());
		if (this.accounts.existsByEmail(email)) {
			throw new EmailAlreadyUsedException(email);
		}
		Account account = new Account(email, details.displayName().strip(), this.passwordEncoder.encode(password),
				details.role(), details.organisationId());
		return save(account);
	}

	public Account update(long id, long expectedVersion, AccountDetails details) {
		Account account = get(id);
		checkVersion(account, expectedVersion);
		String email = Account.normalise(details.email());
		if (this.accounts.existsByEmailAndIdNot(email, id)) {
			throw new EmailAlreadyUsedException(email);
		}
		Role before = account.getRole();
		String emailBefore = account.getEmail();
		account.update(email, details.displayName().strip(), details.role(), details.organisationId());
		Account saved = save(account);
		this.passkeys.emailChanged(emailBefore, email);
		if (before != details.role()) {
			this.audit.record(AuditKind.ROLE_CHANGED, id, email, before.name() + " → " + details.role().name());
		}
		return saved;
	}

	/** Whether {@code password} is the account's current password. */
	@Transactional(readOnly = true)
	public boolean isPassword(long id, String password) {
		return this.passwordEncoder.matches(password, get(id).getPasswordHash());
	}

	public void changePassword(long id, String currentPassword, String newPassword) {
		Account account = get(id);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.record(AuditKind.PASSWORD_CHANGED, id, account.getEmail(), null);
	}

	/**
	 * Lifts the lock of an account after failed sign-ins; the person is told, in
	 * {@code locale}.
	 */
	public void unlock(long id, Locale locale) {
		Account account = get(id);
		if (account.isLocked(this.clock.instant())) {
			account.unlock();
			this.events.publishEvent(new AccountUnlocked(account.getEmail(), account.getDisplayName(), locale));
		}
	}

	public void deactivate(long id, long actingAccountId) {
		Assert.isTrue(id != actingAccountId, "Administrators cannot deactivate their own account");
		get(id).deactivate();
	}

	public void reactivate(long id) {
		get(id).reactivate();
	}

	/** Counts a failed sign-in with a known e-mail; unknown e-mails are ignored. */
	public void signInFailed(String email) {
		this.accounts.findByEmail(Account.normalise(email))
			.ifPresent((account) -> account.signInFailed(this.clock.instant(), this.settings.maxFailedSignIns(),
					this.settings.lockDuration()));
	}

	public void signedIn(String email) {
		this.accounts.findByEmail(Account.normalise(email)).ifPresent(Account::signedIn);
	}

	/** Whether an active administrator exists. */
	@Transactional(readOnly = true)
	public boolean hasAdministrator() {
		return this.accounts.existsByRoleAndActiveTrue(Role.ADMIN);
	}

	/** The e-mails of an institution's active staff: its partnership office. */
	@Transactional(readOnly = true)
	public List<String> activeStaffEmails(long organisationId) {
		return this.accounts.findByRoleAndOrganisationIdAndActiveTrueOrderByEmail(Role.STAFF, organisationId)
			.stream()
			.map(Account::getEmail)
			.toList();
	}

	/**
	 * The active staff and liaisons of these organisations, by name: who may be given
	 * something to do for them.
	 */
	@Transactional(readOnly = true)
	public List<Person> peopleOf(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.accounts.findByOrganisationIdInAndActiveTrue(organisationIds)
			.stream()
			.filter((account) -> account.getRole() == Role.STAFF || account.getRole() == Role.LIAISON)
			.map((account) -> new Person(account.getId(), account.getDisplayName(), account.getOrganisationId(),
					account.getRole()))
			.sorted(NameOrder.by(Person::displayName))
			.toList();
	}

	private static void checkVersion(Account account, long expectedVersion) {
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, account.getId());
		}
	}

	private Account save(Account account) {
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailAlreadyUsedException(account.getEmail());
		}
	}

}
