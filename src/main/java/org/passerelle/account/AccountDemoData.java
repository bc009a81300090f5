package org.passerelle.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.passerelle.organisation.Organisation;
import org.passerelle.organisation.Organisations;
import org.passerelle.shared.Role;

/**
 * The demo accounts of the embedded demo (an administrator, a staff member, two liaisons
 * of SMEs), all with the password {@value #PASSWORD}, created once after the demo
 * directory.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("passerelle.demo.enabled")
class AccountDemoData implements ApplicationRunner {

	static final String PASSWORD = "passerelle-demo";

	private static final Logger logger = LoggerFactory.getLogger(AccountDemoData.class);

	private final AccountService accounts;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	AccountDemoData(AccountService accounts, Organisations organisations, JdbcClient jdbc) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		// one plain query when the demo is there already: a restart creates no repository
		// for it
		if (this.jdbc.sql("select exists (select 1 from account where email = 'admin@demo.passerelle')")
			.query(Boolean.class)
			.single()) {
			secondLiaison();
			return;
		}
		Long university = this.organisations.findByName("Aix-Marseille Université")
			.map(Organisation::getId)
			.orElse(null);
		Long company = this.organisations.findByName("Provepharm").map(Organisation::getId).orElse(null);
		this.accounts.create(new AccountDetails("admin@demo.passerelle", "Alice Admin", Role.ADMIN, null), PASSWORD);
		this.accounts.create(new AccountDetails("staff@demo.passerelle", "Sophie Martin", Role.STAFF, university),
				PASSWORD);
		this.accounts.create(new AccountDetails("liaison@demo.passerelle", "Lucas Bernard", Role.LIAISON, company),
				PASSWORD);
		secondLiaison();
		logger.info("Demo accounts created: admin@, staff@, liaison@ and liaison2@demo.passerelle, password {}",
				PASSWORD);
	}

	/**
	 * A liaison of a second SME (HalioDx), to share a stand with the first; created on
	 * its own so that a demo loaded before it gets it too.
	 */
	private void secondLiaison() {
		if (this.jdbc.sql("select exists (select 1 from account where email = 'liaison2@demo.passerelle')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		Long company = this.organisations.findByName("HalioDx").map(Organisation::getId).orElse(null);
		if (company != null) {
			this.accounts.create(
					new AccountDetails("liaison2@demo.passerelle", "Camille Fournier", Role.LIAISON, company),
					PASSWORD);
		}
	}

}
