package org.passerelle.organisation;

import java.io.Serializable;

/**
 * What an import wrote (shown after the redirect, so kept in the HTTP session).
 *
 * @param created organisations created
 * @param updated organisations updated
 * @param unchanged rows that changed nothing
 */
public record ImportResult(int created, int updated, int unchanged) implements Serializable {

}
