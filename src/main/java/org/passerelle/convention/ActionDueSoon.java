package org.passerelle.convention;

import java.time.LocalDate;

/**
 * A follow-up action carried by a person of the portal is due within
 * {@code passerelle.convention.action-reminder-days}: its owner is reminded, once per due
 * date.
 *
 * @param actionId the action
 * @param what what is to be done
 * @param dueOn when it is due
 * @param ownerAccountId who carries it
 * @param conventionId its convention
 * @param conventionTitle its convention's title
 */
public record ActionDueSoon(long actionId, String what, LocalDate dueOn, long ownerAccountId, long conventionId,
		String conventionTitle) {

}
