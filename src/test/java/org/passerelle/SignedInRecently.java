package org.passerelle;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * A person who has just signed in with their password, as the portal's sign-in leaves
 * them (their authorities and the password factor, dated now): what Spring Security's
 * {@code user(...)} gives, plus the factor that sensitive actions ask for. A drop-in for
 * {@code SecurityMockMvcRequestPostProcessors.user}.
 */
public final class SignedInRecently {

	private SignedInRecently() {
	}

	public static RequestPostProcessor user(UserDetails user) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), authorities));
	}

}
