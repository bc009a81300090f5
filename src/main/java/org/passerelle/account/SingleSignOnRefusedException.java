package org.passerelle.account;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An identity provider signed someone in, but Passerelle refuses them. The error code
 * picks the message of the sign-in page.
 */
public class SingleSignOnRefusedException extends OAuth2AuthenticationException {

	/** The provider gave no e-mail. */
	public static final String NO_EMAIL = "no_email";

	/** The provider has not verified the e-mail. */
	public static final String UNVERIFIED_EMAIL = "unverified_email";

	/** The account exists but is deactivated. */
	public static final String DEACTIVATED = "deactivated";

	/** No account, and the provider's settings do not allow creating one. */
	public static final String NO_ACCOUNT = "no_account";

	/**
	 * The account with that e-mail belongs to another organisation than the provider's
	 * (or is an administrator's).
	 */
	public static final String OTHER_ORGANISATION = "other_organisation";

	private final String registrationId;

	@Nullable private final String email;

	SingleSignOnRefusedException(String code, String registrationId, @Nullable String email) {
		super(new OAuth2Error(code), code);
		this.registrationId = registrationId;
		this.email = email;
	}

	public String getRegistrationId() {
		return this.registrationId;
	}

	@Nullable public String getEmail() {
		return this.email;
	}

}
