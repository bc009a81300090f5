package org.passerelle.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A merge of two organisations, as table {@code organisation_merge} keeps it.
 *
 * @param id the merge's id
 * @param keptId the organisation kept
 * @param keptName its name now
 * @param mergedId the organisation merged into it
 * @param mergedName its name
 * @param mergedAt when
 * @param mergedBy by whom (an e-mail address, or {@code system})
 * @param undoneAt when an administrator undid it, if undone
 * @param undoneBy by whom, if undone
 * @param withinUndoDays whether it is recent enough to be undone (and not undone yet)
 * @param movesRecorded whether the merge recorded, row by row, what it changed: not those
 * made before V21, which cannot be undone
 */
public record OrganisationMerge(long id, long keptId, String keptName, long mergedId, String mergedName,
		Instant mergedAt, String mergedBy, @Nullable Instant undoneAt, @Nullable String undoneBy,
		boolean withinUndoDays, boolean movesRecorded) {

	/**
	 * Whether the undo may be offered: recent enough, not undone, and what it changed
	 * recorded (later changes to the rows it moved may still refuse it).
	 */
	public boolean undoOffered() {
		return this.withinUndoDays && this.movesRecorded;
	}

	/**
	 * Why a merge cannot be undone.
	 *
	 * @param messageKey the message saying why
	 * @param detail its argument (the days allowed, the tables and columns changed...)
	 */
	public record Refusal(String messageKey, String detail) {

	}

}
