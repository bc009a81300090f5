package org.passerelle.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signs someone in with a passkey: Spring Security's relying party checks the signature,
 * then, unlike its own provider, the account must still be active and not locked, and the
 * signed-in person is the same {@link org.passerelle.shared.PasserelleUser} as after a
 * password sign-in (with the passkey factor).
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService users;

	private final AccountStatusUserDetailsChecker statusChecker = new AccountStatusUserDetailsChecker();

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users) {
		this.relyingParty = relyingParty;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity userEntity;
		try {
			userEntity = this.relyingParty.authenticate(request.getWebAuthnRequest());
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("Passkey refused", ex);
		}
		UserDetails user;
		try {
			user = this.users.loadUserByUsername(userEntity.getName());
		}
		catch (UsernameNotFoundException ex) {
			throw new BadCredentialsException("No account for this passkey", ex);
		}
		this.statusChecker.check(user);
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		result.setDetails(request.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
	}

}
