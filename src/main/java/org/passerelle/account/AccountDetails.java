package org.passerelle.account;

import org.jspecify.annotations.Nullable;

import org.passerelle.shared.Role;

/**
 * What an administrator sets on an account.
 *
 * @param email the sign-in e-mail
 * @param displayName the name shown in the portal
 * @param role what the person may do
 * @param organisationId the institution (staff) or partner organisation (liaison) they
 * belong to; optional for administrators
 */
public record AccountDetails(String email, String displayName, Role role, @Nullable Long organisationId) {

}
