package org.passerelle.convention;

import java.util.List;
import java.util.Map;

/**
 * Everything the detail page shows of a convention, loaded for one reader.
 *
 * @param convention the convention, its parties, pillars, axes, actions and comments
 * loaded when {@code full}
 * @param organisationNames the names of its parties (and of the signatories'
 * organisations), by id
 * @param documents its documents, when {@code full}
 * @param history its changes, newest first, when {@code full}
 * @param renewalIds the editions drawn up from it
 * @param full whether the reader sees everything, or only the public summary
 * @param editable whether the reader may change it
 * @param commentable whether the reader may comment on its actions
 * @param nextStatuses the statuses the reader may move it to
 * @param people the names of the people who made its changes, by the e-mail the history
 * records
 */
public record ConventionSheet(Convention convention, Map<Long, String> organisationNames,
		List<ConventionDocument> documents, List<HistoryEntry> history, List<Long> renewalIds, boolean full,
		boolean editable, boolean commentable, List<ConventionStatus> nextStatuses, Map<String, String> people) {

	public String organisationName(long id) {
		String name = this.organisationNames.get(id);
		return (name != null) ? name : "#" + id;
	}

	/**
	 * Who made a change: their name, or the address recorded if no account has it any
	 * more.
	 */
	public String who(String email) {
		return this.people.getOrDefault(email, email);
	}

}
