package org.passerelle.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failing over, network cut), every page
 * answers "503, the portal cannot reach its data, try again in a few seconds" in French
 * and English, instead of an error page that would itself need the database (the HTTP
 * sessions are kept there, and the layout reads the signed-in person). Nothing was
 * written: the transaction could not start or was rolled back. When the database is back,
 * the connection pool reconnects by itself; the portal is not restarted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	/** What HikariCP's stand-in for an evicted connection answers to every call. */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	/** Seconds a client is asked to wait before trying again. */
	static final int RETRY_AFTER = 5;

	private static final byte[] PAGE = """
			<!DOCTYPE html>
			<html lang="fr"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Passerelle est momentanément indisponible</title></head>
			<body><main><h1>Passerelle est momentanément indisponible</h1>\
			<p>Le portail ne joint plus sa base de données pour quelques instants. Rien n’a été enregistré à moitié : \
			réessayez dans quelques secondes.</p>
			<div lang="en"><h2>Passerelle is unavailable for a moment</h2><p>The portal cannot reach its database \
			for a few moments. Nothing has been half-saved: please try again in a few seconds.</p></div>\
			</main></body></html>
			""".getBytes(StandardCharsets.UTF_8);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(),
					request.getRequestURI(), ex.toString());
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.setContentLength(PAGE.length);
			response.getOutputStream().write(PAGE);
		}
	}

	/**
	 * Whether a failure comes from a lost or refused database connection: a connection
	 * that could not be had from the pool or opened, or PostgreSQL's connection errors
	 * (SQL state class 08) and its "shutting down" / "starting up" answers (57P01 to
	 * 57P03). Also the pool's "Connection is closed": when PostgreSQL ends a connection
	 * in the middle of a transaction, the pool evicts it, the rollback then fails on the
	 * closed connection, and that failure replaces the first one (Spring logs
	 * "Application exception overridden by rollback exception"); seen under load by
	 * {@code bench/faults.sh db}. Suppressed failures are looked at too.
	 */
	static boolean databaseUnreachable(Throwable failure) {
		return databaseUnreachable(failure, 0);
	}

	private static boolean databaseUnreachable(Throwable failure, int depth) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			for (Throwable suppressed : cause.getSuppressed()) {
				if (depth < 3 && databaseUnreachable(suppressed, depth + 1)) {
					return true;
				}
			}
			if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

}
