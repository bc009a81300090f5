package org.passerelle.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param occurredAt when it happened
 * @param kind what happened
 * @param email whose account (the address typed, for a failed sign-in)
 * @param actorEmail who did it when it was someone else (an administrator), or nothing
 * @param detail more, in plain words (a provider, a role change), or nothing
 */
public record AuditEntry(Instant occurredAt, AuditKind kind, @Nullable String email, @Nullable String actorEmail,
		@Nullable String detail) {

}
