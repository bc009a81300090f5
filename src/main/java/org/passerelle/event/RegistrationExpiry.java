package org.passerelle.event;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, one instance expires the participants' registrations whose e-mail
 * address was not confirmed within 48 hours, and gives their places to those waiting.
 */
@Component
class RegistrationExpiry {

	private final Registrations registrations;

	RegistrationExpiry(Registrations registrations) {
		this.registrations = registrations;
	}

	@Scheduled(fixedDelayString = "${passerelle.event.expiry-every:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "event-registration-expiry", lockAtMostFor = "PT4M")
	void expireOverdue() {
		this.registrations.expireOverdue();
	}

}
