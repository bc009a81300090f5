package org.passerelle.shared.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's background work ({@link RequestsFirst}, {@link FullQueue}).
 *
 * @param waitForRequests how long a task of the task executor waits at most for a moment
 * when no request is being answered (0: it does not wait)
 * @param waitForRoom how long a task handed to the task executor while its queue is full
 * waits at most for room (then it is left to its event publication)
 */
@ConfigurationProperties("passerelle.background")
public record BackgroundSettings(@DefaultValue("2s") Duration waitForRequests,
		@DefaultValue("5s") Duration waitForRoom) {
}
