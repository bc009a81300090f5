package org.passerelle.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: failed sign-ins are counted per account, and a successful
 * one clears the count.
 */
@Component
class SignInAttempts {

	private final AccountService accounts;

	SignInAttempts(AccountService accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.signInFailed(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.signedIn(event.getAuthentication().getName());
	}

}
