package org.passerelle.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person, as every module sees them: who they are, their role and the
 * organisation they belong to. Obtain it with {@code @AuthenticationPrincipal}.
 */
public class PasserelleUser extends User {

	private final long accountId;

	private final String displayName;

	private final Role role;

	@Nullable private final Long organisationId;

	public PasserelleUser(long accountId, String email, String passwordHash, String displayName, Role role,
			@Nullable Long organisationId, boolean enabled, boolean nonLocked) {
		super(email, passwordHash, enabled, true, true, nonLocked,
				List.of(new SimpleGrantedAuthority(role.authority())));
		this.accountId = accountId;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
	}

	/**
	 * Passerelle itself, acting as an administrator: for what the portal does on its own
	 * (demo data, generators), never for a person's request.
	 */
	public static PasserelleUser system() {
		return new PasserelleUser(0, "system", "", "Passerelle", Role.ADMIN, null, true, true);
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getEmail() {
		return getUsername();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	@Nullable public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	/** Whether this person belongs to the given organisation. */
	public boolean belongsTo(@Nullable Long organisationId) {
		return organisationId != null && organisationId.equals(this.organisationId);
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
