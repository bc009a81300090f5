package org.passerelle.account;

import org.jspecify.annotations.Nullable;

import org.passerelle.shared.Role;

/**
 * Someone with an account, as other modules refer to them: by id, with the name to show.
 *
 * @param accountId the account
 * @param displayName the name people know them by
 * @param organisationId the organisation they belong to, if any
 * @param role their role
 */
public record Person(long accountId, String displayName, @Nullable Long organisationId, Role role) {

}
