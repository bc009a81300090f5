package org.passerelle.shared.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A sensitive action: whoever the usual rule lets through must also have signed in (with
 * a password, a passkey or an identity provider) within the window. Otherwise the
 * decision names the missing recent factors, and Spring Security sends the person to
 * confirm who they are ({@code /account/confirm}), then back.
 * <p>
 * A sign-in without any factor (a session from before factors were recorded) is never
 * recent: it is asked to confirm too.
 */
final class RecentSignIn implements AuthorizationManager<RequestAuthorizationContext> {

	/** The factors that count as a sign-in. */
	static final String[] FACTORS = { FactorGrantedAuthority.PASSWORD_AUTHORITY,
			FactorGrantedAuthority.WEBAUTHN_AUTHORITY, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY };

	private final AuthorizationManager<RequestAuthorizationContext> rule;

	private final AuthorizationManager<RequestAuthorizationContext> recent;

	@SuppressWarnings("unchecked")
	RecentSignIn(AuthorizationManager<RequestAuthorizationContext> rule, Duration window) {
		this.rule = rule;
		AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext>[] anyFactor = new AllRequiredFactorsAuthorizationManager[FACTORS.length];
		for (int i = 0; i < FACTORS.length; i++) {
			String factor = FACTORS[i];
			anyFactor[i] = AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
				.requireFactor((required) -> required.authority(factor).validDuration(window))
				.build();
		}
		this.recent = AllRequiredFactorsAuthorizationManager.anyOf(anyFactor);
	}

	@Override
	@Nullable public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		AuthorizationResult result = this.rule.authorize(authentication, context);
		if (result == null || !result.isGranted()) {
			return result;
		}
		return this.recent.authorize(authentication, context);
	}

}
