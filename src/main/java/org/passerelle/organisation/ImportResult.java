package org.passerelle.organisation;

/**
 * What an import wrote.
 *
 * @param created organisations created
 * @param updated organisations updated
 * @param unchanged rows that changed nothing
 */
public record ImportResult(int created, int updated, int unchanged) {

}
