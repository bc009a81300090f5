package org.passerelle.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/**
 * Records changes to the directory, field by field.
 */
@Component
class History {

	private final OrganisationChangeRepository changes;

	private final AuditorAware<String> auditor;

	private final Clock clock;

	History(OrganisationChangeRepository changes, AuditorAware<String> auditor, Optional<Clock> clock) {
		this.changes = changes;
		this.auditor = auditor;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	/** Records a change; an update that changed nothing is not recorded. */
	void record(long organisationId, @Nullable Long contactId, ChangeAction action, Map<String, String> before,
			Map<String, String> after) {
		List<FieldChange> fields = diff(before, after);
		if (fields.isEmpty() && (action == ChangeAction.UPDATED || action == ChangeAction.CONTACT_UPDATED
				|| action == ChangeAction.IMPORTED)) {
			return;
		}
		this.changes
			.save(new OrganisationChange(organisationId, contactId, action, this.clock.instant(), who(), fields));
	}

	String who() {
		return this.auditor.getCurrentAuditor().orElse("system");
	}

	Clock clock() {
		return this.clock;
	}

	static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		List<FieldChange> fields = new ArrayList<>();
		for (Map.Entry<String, String> entry : after.entrySet()) {
			String old = before.getOrDefault(entry.getKey(), "");
			if (!Objects.equals(old, entry.getValue())) {
				fields.add(new FieldChange(entry.getKey(), old, entry.getValue()));
			}
		}
		return fields;
	}

}
