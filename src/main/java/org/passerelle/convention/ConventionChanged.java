package org.passerelle.convention;

import org.jspecify.annotations.Nullable;

/**
 * Something in a convention changed other than its status (see
 * {@link ConventionStatusChanged}): its general information, parties, dates, pillars,
 * axes, actions, documents, a comment, a renewal, a notice sent. Registered by the
 * {@link Convention} itself (or by its documents) and published when it is saved; its
 * history listens, and so may the dashboards' "recent changes".
 *
 * @param conventionId the convention
 * @param kind what changed
 * @param actor who changed it (an e-mail address, or {@code system} for the portal)
 * @param detail what more there is to say (an axis's statement, a file's name…)
 */
public record ConventionChanged(long conventionId, HistoryKind kind, String actor, @Nullable String detail) {

}
