package org.passerelle.organisation;

import java.io.Serializable;
import java.util.List;

/**
 * What an import will do, row by row, before anything is written.
 *
 * @param rows every row of the file
 */
public record ImportPlan(List<ImportRow> rows) implements Serializable {

	public long count(ImportRow.Action action) {
		return this.rows.stream().filter((row) -> row.action() == action).count();
	}

	public long created() {
		return count(ImportRow.Action.CREATE);
	}

	public long updated() {
		return count(ImportRow.Action.UPDATE);
	}

	public long unchanged() {
		return count(ImportRow.Action.UNCHANGED);
	}

	public long withErrors() {
		return count(ImportRow.Action.ERROR);
	}

	public boolean hasErrors() {
		return withErrors() > 0;
	}

	/** Rows with errors first, then the others, in file order. */
	public List<ImportRow> errorsFirst() {
		return java.util.stream.Stream
			.concat(this.rows.stream().filter(ImportRow::hasErrors), this.rows.stream().filter((r) -> !r.hasErrors()))
			.toList();
	}

}
