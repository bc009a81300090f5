package org.passerelle.account;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import org.passerelle.shared.PasserelleUser;

/**
 * Someone signed in through an identity provider: the same {@link PasserelleUser} as
 * after a password sign-in, with the provider's ID token (for signing out of the provider
 * too).
 */
class PasserelleOidcUser extends PasserelleUser implements OidcUser {

	private final OidcIdToken idToken;

	@Nullable private final OidcUserInfo userInfo;

	PasserelleOidcUser(PasserelleUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
		super(user.getAccountId(), user.getEmail(), "", user.getDisplayName(), user.getRole(), user.getOrganisationId(),
				user.isEnabled(), true);
		this.idToken = idToken;
		this.userInfo = userInfo;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	@Nullable public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.idToken.getClaims();
	}

	@Override
	public String getName() {
		return getEmail();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
