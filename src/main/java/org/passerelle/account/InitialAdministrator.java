package org.passerelle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import org.passerelle.shared.Role;

/**
 * Creates the first administrator of a new installation from
 * {@code passerelle.account.initial-admin.*}, when no active administrator exists.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountService accounts;

	private final AccountSettings settings;

	InitialAdministrator(AccountService accounts, AccountSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		AccountSettings.InitialAdmin admin = this.settings.initialAdmin();
		if (!StringUtils.hasText(admin.email()) || this.accounts.hasAdministrator()) {
			return;
		}
		String password = admin.password();
		if (password == null || password.length() < PasswordPolicy.MIN_LENGTH) {
			throw new IllegalStateException("passerelle.account.initial-admin.password must have at least "
					+ PasswordPolicy.MIN_LENGTH + " characters");
		}
		if (this.accounts.findByEmail(admin.email()).isPresent()) {
			logger.warn("An account {} exists but is not an active administrator; no initial administrator created",
					admin.email());
			return;
		}
		this.accounts.create(new AccountDetails(admin.email(), admin.name(), Role.ADMIN, null), password);
		logger.info("Initial administrator {} created", admin.email());
	}

}
