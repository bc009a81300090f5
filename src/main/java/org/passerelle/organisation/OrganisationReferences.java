package org.passerelle.organisation;

import java.util.Map;

import org.springframework.util.ClassUtils;

/**
 * Another module's records that point at organisations (accounts, conventions and their
 * parties, events' organisers and partners, sites and hosting requests): when two
 * organisations are merged, each module moves its own records to the one kept, in the
 * merge's transaction. The directory does not know those modules; they contribute beans
 * of this type.
 */
public interface OrganisationReferences {

	/**
	 * Moves the module's records from {@code merge.mergedId()} to {@code merge.keptId()}.
	 * A record that the kept organisation already has (both parties to one convention) is
	 * dropped rather than doubled.
	 * @return how many records of each sort moved, by message key of the sort's label
	 * (entries with 0 may be left out)
	 */
	Map<String, Integer> moveTo(Merge merge, MergeTrace trace);

	/**
	 * Moves back what {@link #moveTo} moved when the merge is undone (after the directory
	 * checked that nothing recorded has changed since): by default, every recorded row is
	 * put back as it was.
	 * @param merge the merge undone (names as they are again after the undo)
	 * @param moved what this mover recorded
	 */
	default void moveBack(Merge merge, MergeTrace.Recorded moved) {
		moved.restore();
	}

	/** The name under which the trace keeps this mover's changes. */
	default String name() {
		return ClassUtils.getUserClass(this).getSimpleName();
	}

	/**
	 * A merge being made.
	 *
	 * @param keptId the organisation kept
	 * @param keptName its name after the merge
	 * @param mergedId the organisation merged into it, which becomes a redirect
	 * @param mergedName its name
	 */
	record Merge(long keptId, String keptName, long mergedId, String mergedName) {

	}

}
