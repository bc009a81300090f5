package org.passerelle.shared.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import org.passerelle.shared.PasserelleUser;
import org.passerelle.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one {@link Viewer} of the portal answers for whoever the request being served is
 * signed in as, read anew on each question.
 */
class ViewerTests {

	private final Viewer viewer = new Viewer();

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void answersForEachRoleAndChangesWithTheSecurityContext() {
		for (Role role : Role.values()) {
			signIn(role);
			assertThat(this.viewer.isSignedIn()).isTrue();
			assertThat(this.viewer.isAdmin()).isEqualTo(role == Role.ADMIN);
			assertThat(this.viewer.isStaff()).isEqualTo(role == Role.STAFF);
			assertThat(this.viewer.isLiaison()).isEqualTo(role == Role.LIAISON);
			assertThat(this.viewer.isStaffOrAdmin()).isEqualTo(role != Role.LIAISON);
			assertThat(this.viewer.getDisplayName()).isEqualTo("Person " + role);
			assertThat(this.viewer.getName()).isEqualTo(role.name().toLowerCase() + "@example.org");
		}
	}

	@Test
	void aVisitorIsNotSignedInAndHasNoRole() {
		assertThat(this.viewer.isSignedIn()).isFalse();
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.viewer.isSignedIn()).isFalse();
		assertThat(this.viewer.isStaffOrAdmin()).isFalse();
		assertThat(this.viewer.getDisplayName()).isNull();
		assertThat(this.viewer.getName()).isNull();
		signIn(Role.STAFF);
		assertThat(this.viewer.isStaff()).isTrue();
		SecurityContextHolder.clearContext();
		assertThat(this.viewer.isStaff()).isFalse();
		assertThat(this.viewer.isSignedIn()).isFalse();
	}

	@Test
	void anAuthenticationWithoutThePortalsUserShowsItsName() {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated("someone@example.org", null, List.of()));
		assertThat(this.viewer.isSignedIn()).isTrue();
		assertThat(this.viewer.getDisplayName()).isEqualTo("someone@example.org");
		assertThat(this.viewer.isAdmin()).isFalse();
	}

	private static void signIn(Role role) {
		PasserelleUser user = new PasserelleUser(1, role.name().toLowerCase() + "@example.org", "", "Person " + role,
				role, null, true, true);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
