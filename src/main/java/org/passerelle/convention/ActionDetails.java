package org.passerelle.convention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff set on a follow-up action.
 *
 * @param what what is to be done (an internship offer, a training, a joint project...)
 * @param owner who carries it
 * @param dueOn when it is due
 * @param status how far it has gone
 * @param progressNotes what has been done so far
 */
public record ActionDetails(String what, @Nullable String owner, @Nullable LocalDate dueOn, ActionStatus status,
		@Nullable String progressNotes) {

}
