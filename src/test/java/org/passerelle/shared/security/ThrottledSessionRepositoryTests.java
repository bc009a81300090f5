package org.passerelle.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session's last access moves by steps of a minute, and a request reads back the
 * session it saved without asking the store again, but only within that request.
 */
class ThrottledSessionRepositoryTests {

	private final MapSessionRepository store = new MapSessionRepository(new HashMap<>());

	private final ThrottledSessionRepository<MapSession> sessions = new ThrottledSessionRepository<>(this.store);

	@Test
	void theLastAccessMovesOnlyByAMinuteOrMore() {
		ThrottledSessionRepository.ThrottledSession<MapSession> session = this.sessions.createSession();
		Instant first = session.getLastAccessedTime();
		session.setLastAccessedTime(first.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).isEqualTo(first);
		session.setLastAccessedTime(first.plus(Duration.ofMinutes(1)));
		assertThat(session.getLastAccessedTime()).isEqualTo(first.plus(Duration.ofMinutes(1)));
	}

	@Test
	void aRequestReadsBackTheSessionItSavedAndTheNextOneReadsTheStore() throws Exception {
		String[] id = new String[1];
		Object[] readBack = new Object[1];
		new ThrottledSessionRepository.RequestScope().doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), new MockFilterChain() {

					@Override
					public void doFilter(jakarta.servlet.ServletRequest request,
							jakarta.servlet.ServletResponse response) {
						ThrottledSessionRepository.ThrottledSession<MapSession> session = ThrottledSessionRepositoryTests.this.sessions
							.createSession();
						ThrottledSessionRepositoryTests.this.sessions.save(session);
						id[0] = session.getId();
						readBack[0] = ThrottledSessionRepositoryTests.this.sessions.findById(session.getId());
						assertThat(readBack[0]).isSameAs(session);
					}

				});
		assertThat(this.sessions.findById(id[0])).isNotNull().isNotSameAs(readBack[0]);
	}

}
