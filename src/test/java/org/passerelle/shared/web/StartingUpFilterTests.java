package org.passerelle.shared.web;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the portal is ready, people get a "starting" page rather than a sign-in that
 * would fail; the health probes still answer.
 */
class StartingUpFilterTests {

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final StartingUpFilter filter = new StartingUpFilter(this.availability);

	@Test
	void answersStartingWhileNotReady() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean passed = new AtomicBoolean();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/login"), response, chain(passed));
		assertThat(passed).isFalse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("2");
		assertThat(response.getContentAsString()).contains("Passerelle démarre").contains("Passerelle is starting");
	}

	@Test
	void letsTheHealthProbesThroughWhileNotReady() throws Exception {
		AtomicBoolean passed = new AtomicBoolean();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/actuator/health/readiness"),
				new MockHttpServletResponse(), chain(passed));
		assertThat(passed).isTrue();
	}

	@Test
	void letsEverythingThroughOnceReady() throws Exception {
		StaticApplicationContext context = new StaticApplicationContext();
		context.addApplicationListener(this.availability);
		context.refresh();
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		AtomicBoolean passed = new AtomicBoolean();
		this.filter.doFilter(new MockHttpServletRequest("POST", "/login"), new MockHttpServletResponse(),
				chain(passed));
		assertThat(passed).isTrue();
	}

	private static FilterChain chain(AtomicBoolean passed) {
		return (request, response) -> passed.set(true);
	}

}
