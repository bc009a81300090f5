package org.passerelle.event;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Cancels, after each test of the class it extends, the events the test opened to
 * registrations with {@link EventFixtures#opened} or marked with
 * {@link EventFixtures#cancelAfterTest}, whether the test passed or not.
 */
public final class OpenedEvents implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(EventFixtures.class).cancelOpened();
	}

}
