package org.passerelle.convention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff set on a follow-up action.
 *
 * @param what what is to be done (an internship offer, a training, a joint project...)
 * @param owner who carries it, by name (a person of the portal's name, or someone outside
 * it)
 * @param dueOn when it is due
 * @param status how far it has gone
 * @param progressNotes what has been done so far
 * @param ownerAccountId the person of the portal who carries it, if one does: it shows in
 * their "my actions"
 */
public record ActionDetails(String what, @Nullable String owner, @Nullable LocalDate dueOn, ActionStatus status,
		@Nullable String progressNotes, @Nullable Long ownerAccountId) {

	/** An action carried by someone named, not a person of the portal. */
	public ActionDetails(String what, @Nullable String owner, @Nullable LocalDate dueOn, ActionStatus status,
			@Nullable String progressNotes) {
		this(what, owner, dueOn, status, progressNotes, null);
	}

}
