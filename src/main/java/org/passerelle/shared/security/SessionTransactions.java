package org.passerelle.shared.security;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session JDBC's repository (the bean it asks for by the name
 * {@code springSessionTransactionOperations}). A session's writes (its row and its
 * attributes) go together in a transaction on the data source, without the JPA entity
 * manager that the portal's own transaction manager would open for them. A session's
 * read, one statement that reads the row and its attributes together, runs without a
 * transaction: in a transaction it was three round trips to PostgreSQL (begin, select,
 * commit) and an entity manager, for every request that carries a session cookie. That
 * was 4 % of a registration's processor in the registration burst, and the commit a
 * wake-up of PostgreSQL per request (issue 13).
 */
final class SessionTransactions implements TransactionOperations {

	/** Set while {@link ThrottledSessionRepository} reads a session. */
	private static final ThreadLocal<@Nullable Boolean> READING = new ThreadLocal<>();

	private final TransactionOperations writes;

	SessionTransactions(DataSource dataSource) {
		this.writes = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	/**
	 * Reads a session: what the repository runs meanwhile runs without a transaction (its
	 * one select, and the delete of the session should it have expired).
	 */
	static <T> T reading(Supplier<T> read) {
		READING.set(Boolean.TRUE);
		try {
			return read.get();
		}
		finally {
			READING.remove();
		}
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) throws TransactionException {
		if (READING.get() != null) {
			return action.doInTransaction(new SimpleTransactionStatus(false));
		}
		return this.writes.execute(action);
	}

}
