package org.passerelle.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A lost database answers a short bilingual "try again in a few seconds" page; any other
 * failure goes on to the usual error pages.
 */
class DatabaseUnavailableFilterTests {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter();

	@Test
	void aConnectionThePoolCannotGiveAnswers503WithRetryAfter() throws Exception {
		MockHttpServletResponse response = run(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Passerelle est momentanément indisponible", "Nothing has been half-saved")
			.doesNotContain("Exception");
	}

	@Test
	void postgreSqlShuttingDownOrARefusedConnectionIsTheSame() throws Exception {
		SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
		assertThat(run(new ServletException("Request processing failed", new RuntimeException(terminated))).getStatus())
			.isEqualTo(503);
		assertThat(run(new IllegalStateException(new ConnectException("Connection refused"))).getStatus())
			.isEqualTo(503);
		assertThat(run(new IllegalStateException(new SQLException("connection failure", "08006"))).getStatus())
			.isEqualTo(503);
	}

	@Test
	void aRollbackOnTheConnectionPostgreSqlEndedIsTheSame() throws Exception {
		// as logged by bench/faults.sh db: the query failed with 57P01, the pool evicted
		// the connection, the rollback failed on it and replaced the first failure
		SQLException closed = new SQLException("Connection is closed");
		assertThat(run(new ServletException("Request processing failed",
				new JpaSystemException(new PersistenceException("Unable to rollback against JDBC Connection", closed))))
			.getStatus()).isEqualTo(503);
		RuntimeException withSuppressed = new IllegalStateException("rollback failed");
		withSuppressed.addSuppressed(new SQLException("terminating connection due to administrator command", "57P01"));
		assertThat(run(withSuppressed).getStatus()).isEqualTo(503);
		// another "closed" failure with a state of its own is not the pool's stand-in
		IllegalStateException other = new IllegalStateException(new SQLException("Connection is closed", "23505"));
		assertThatThrownBy(() -> run(other)).isSameAs(other);
	}

	@Test
	void otherFailuresGoOnToTheErrorPages() {
		IllegalStateException bug = new IllegalStateException("a bug",
				new SQLException("duplicate key value violates unique constraint", "23505"));
		assertThatThrownBy(() -> run(bug)).isSameAs(bug);
	}

	private MockHttpServletResponse run(Exception failure) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/organisations"), response,
				new MockFilterChain(new HttpServlet() {

					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest request,
							jakarta.servlet.http.HttpServletResponse response) throws ServletException, IOException {
						if (failure instanceof ServletException servlet) {
							throw servlet;
						}
						if (failure instanceof IOException io) {
							throw io;
						}
						throw (RuntimeException) failure;
					}

				}));
		return response;
	}

}
