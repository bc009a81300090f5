package org.passerelle.account.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The portal's clock for the user pages, which show whether an account is locked now.
 */
@ControllerAdvice(assignableTypes = AdminUserController.class)
class AccountLockAdvice {

	private final Clock clock;

	AccountLockAdvice(Optional<Clock> clock) {
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	@ModelAttribute("now")
	Instant now() {
		return this.clock.instant();
	}

}
