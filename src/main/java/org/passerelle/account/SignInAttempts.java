package org.passerelle.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;

import org.passerelle.shared.PasserelleUser;

/**
 * Throttles password guessing: failed sign-ins are counted per account, and a successful
 * one clears the count. Password and passkey sign-ins and their failures go to the audit
 * log (those through an identity provider are logged by {@link SingleSignOn}).
 */
@Component
class SignInAttempts {

	private final AccountService accounts;

	private final AuditLog audit;

	SignInAttempts(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.signInFailed(event.getAuthentication().getName());
	}

	@EventListener
	void onAnyFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.audit.record(AuditKind.SIGN_IN_FAILED, null, event.getAuthentication().getName(),
					"password: " + event.getException().getClass().getSimpleName());
		}
		else if (event.getAuthentication() instanceof WebAuthnAuthenticationRequestToken) {
			this.audit.record(AuditKind.SIGN_IN_FAILED, null, null,
					"passkey: " + event.getException().getClass().getSimpleName());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getPrincipal() instanceof PasserelleUser user) {
			this.accounts.signedIn(user.getEmail());
			boolean passkey = token.getAuthorities()
				.stream()
				.anyMatch((authority) -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(authority.getAuthority()));
			this.audit.record(AuditKind.SIGN_IN, user.getAccountId(), user.getEmail(),
					passkey ? "passkey" : "password");
		}
	}

}
