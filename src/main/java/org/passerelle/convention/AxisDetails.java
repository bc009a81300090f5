package org.passerelle.convention;

import org.jspecify.annotations.Nullable;

/**
 * The statement and objectives of an axis.
 *
 * @param statement what the parties commit to under a pillar
 * @param objectives the measurable objectives, if any
 */
public record AxisDetails(String statement, @Nullable String objectives) {

}
