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
 */
@ConfigurationProperties("passerelle.convention")
public record ConventionSettings(@DefaultValue("90") int renewalWatchDays,
		@DefaultValue("0 0 6 * * *") String renewalWatchCron, @DefaultValue("10MB") DataSize maxDocumentSize,
		@DefaultValue("Europe/Paris") ZoneId zone) {

}
