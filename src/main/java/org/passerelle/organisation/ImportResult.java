package org.passerelle.organisation;

import java.io.Serializable;

/**
 * What an import wrote (shown after the redirect, so kept in the HTTP session).
 *
 * @param created organisations created
 * @param updated organisations updated
 * @param unchanged rows that changed nothing
 * @param rejected rows with errors left out of a partial import
 */
public record ImportResult(int created, int updated, int unchanged, int rejected) implements Serializable {

	public ImportResult(int created, int updated, int unchanged) {
		this(created, updated, unchanged, 0);
	}

}
