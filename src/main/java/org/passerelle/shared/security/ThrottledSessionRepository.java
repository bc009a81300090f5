package org.passerelle.shared.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session JDBC's repository with two statements fewer per page of a signed-in
 * person:
 * <ul>
 * <li>the last access time is written back only when it moved by more than
 * {@link #LAST_ACCESS_GRANULARITY} (sessions last two hours; an exact last access is of
 * no use), so a page that changes nothing in the session does not update its row;</li>
 * <li>the session that a request just saved is handed back when the same request asks for
 * it again: Spring Session's filter saves it when the response is committed, then reads
 * it again from the database before its final save (spring-session issues 1424 and 1731).
 * What a request remembers is forgotten when it ends ({@link RequestScope}).</li>
 * </ul>
 * A session is read without a transaction: one statement ({@link SessionTransactions}).
 */
final class ThrottledSessionRepository<S extends Session>
		implements SessionRepository<ThrottledSessionRepository.ThrottledSession<S>>, DisposableBean {

	static final Duration LAST_ACCESS_GRANULARITY = Duration.ofMinutes(1);

	private static final ThreadLocal<ThrottledSession<?>> SAVED_BY_THIS_REQUEST = new ThreadLocal<>();

	private final SessionRepository<S> sessions;

	ThrottledSessionRepository(SessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public ThrottledSession<S> createSession() {
		return new ThrottledSession<>(this.sessions.createSession());
	}

	@Override
	public void save(ThrottledSession<S> session) {
		this.sessions.save(session.session);
		SAVED_BY_THIS_REQUEST.set(session);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable ThrottledSession<S> findById(String id) {
		ThrottledSession<?> saved = SAVED_BY_THIS_REQUEST.get();
		if (saved != null && saved.getId().equals(id)) {
			return (ThrottledSession<S>) saved;
		}
		S session = SessionTransactions.reading(() -> this.sessions.findById(id));
		return (session != null) ? new ThrottledSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		SAVED_BY_THIS_REQUEST.remove();
		this.sessions.deleteById(id);
	}

	/**
	 * Stops the JDBC repository's clean-up of expired sessions with the portal (the
	 * wrapper stands for it in the application context).
	 */
	@Override
	public void destroy() throws Exception {
		if (this.sessions instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/**
	 * A JDBC session whose last access time moves by steps of at least
	 * {@link #LAST_ACCESS_GRANULARITY}.
	 */
	static final class ThrottledSession<S extends Session> implements Session {

		private final S session;

		ThrottledSession(S session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime)
				.compareTo(LAST_ACCESS_GRANULARITY) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

	/**
	 * Runs around Spring Session's filter: what a request saved is forgotten when it
	 * ends, so that the next request on the same thread reads the session afresh.
	 */
	static final class RequestScope extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			SAVED_BY_THIS_REQUEST.remove();
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED_BY_THIS_REQUEST.remove();
			}
		}

		@Override
		protected boolean shouldNotFilterAsyncDispatch() {
			return false;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

	}

}
