package org.passerelle.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with their e-mail, as a {@link org.passerelle.shared.PasserelleUser}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRepository accounts, Optional<Clock> clock) {
		this.accounts = accounts;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalise(email))
			.map((account) -> account.toUser(this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
	}

}
