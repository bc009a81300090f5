package org.passerelle.convention;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Conventions' settings.
 *
 * @param renewalWatchDays how many days ahead the renewal watch looks for an end date or
 * a last day to give notice
 * @param renewalWatchCron when the renewal watch runs (once a day by default)
 * @param maxDocumentSize the largest document that may be attached
 * @param zone the time zone that decides what "today" is
 * @param actionReminderDays how many days before an action's due date its owner is
 * reminded
 * @param actionReminderCron when the reminders go out (once a day by default)
 */
@ConfigurationProperties("passerelle.convention")
public record ConventionSettings(@DefaultValue("90") int renewalWatchDays,
		@DefaultValue("0 0 6 * * *") String renewalWatchCron, @DefaultValue("10MB") DataSize maxDocumentSize,
		@DefaultValue("Europe/Paris") ZoneId zone, @DefaultValue("7") int actionReminderDays,
		@DefaultValue("0 30 6 * * *") String actionReminderCron) {

}
