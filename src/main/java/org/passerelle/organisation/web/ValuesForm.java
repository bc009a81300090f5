package org.passerelle.organisation.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.organisation.ImportField;

/**
 * The Passerelle value chosen for each value of the file's lists: {@code keys[i]} names
 * the field and the value ({@code KIND|universite}), {@code targets[i]} the choice: a
 * Passerelle value, {@link #LEAVE_EMPTY}, or nothing (not mapped: the rows holding it are
 * errors).
 */
class ValuesForm {

	static final String LEAVE_EMPTY = "-";

	private List<String> keys = new ArrayList<>();

	private List<String> targets = new ArrayList<>();

	/**
	 * The choices as the import takes them: value → Passerelle value, "" to leave empty.
	 */
	Map<ImportField, Map<String, String>> toValues(List<ImportField> fields) {
		Map<ImportField, Map<String, String>> values = new EnumMap<>(ImportField.class);
		for (int i = 0; i < this.keys.size() && i < this.targets.size(); i++) {
			String[] parts = this.keys.get(i).split("\\|", 2);
			String target = this.targets.get(i);
			if (parts.length != 2 || target == null || target.isEmpty()) {
				continue;
			}
			ImportField field = fields.stream().filter((f) -> f.name().equals(parts[0])).findFirst().orElse(null);
			if (field != null) {
				values.computeIfAbsent(field, (f) -> new LinkedHashMap<>())
					.put(parts[1], LEAVE_EMPTY.equals(target) ? "" : target);
			}
		}
		return values;
	}

	public List<String> getKeys() {
		return this.keys;
	}

	public void setKeys(List<String> keys) {
		this.keys = keys;
	}

	public List<String> getTargets() {
		return this.targets;
	}

	public void setTargets(List<String> targets) {
		this.targets = targets;
	}

}
