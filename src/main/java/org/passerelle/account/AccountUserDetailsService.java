package org.passerelle.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with their e-mail, as a {@link org.passerelle.shared.PasserelleUser},
 * and upgrades their password's hash at sign-in when it was made with older parameters.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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

	/**
	 * Stores a password hashed again with the current parameters, after a sign-in with a
	 * hash of older ones (Spring Security asks, through the delegating encoder).
	 */
	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		Account account = this.accounts.findByEmail(Account.normalise(user.getUsername()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
		account.changePassword(newPasswordHash);
		return account.toUser(this.clock.instant());
	}

}
