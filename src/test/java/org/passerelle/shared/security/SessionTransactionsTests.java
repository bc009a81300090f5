package org.passerelle.shared.security;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Spring Session's writes run in a transaction on the data source, a session's read in
 * none.
 */
class SessionTransactionsTests {

	private final DataSource dataSource = mock(DataSource.class);

	private final Connection connection = mock(Connection.class);

	private final SessionTransactions transactions = new SessionTransactions(this.dataSource);

	@Test
	void aWriteRunsInATransactionCommittedOnTheDataSource() throws Exception {
		given(this.dataSource.getConnection()).willReturn(this.connection);
		given(this.connection.getAutoCommit()).willReturn(true);
		Boolean active = this.transactions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(active).isTrue();
		verify(this.connection).setAutoCommit(false);
		verify(this.connection).commit();
	}

	@Test
	void aReadRunsInNone() throws Exception {
		Boolean active = SessionTransactions.reading(() -> this.transactions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive()));
		assertThat(active).isFalse();
		verify(this.dataSource, never()).getConnection();
	}

	@Test
	void whatFollowsAReadIsAWriteAgain() throws Exception {
		SessionTransactions.reading(() -> "read");
		given(this.dataSource.getConnection()).willReturn(this.connection);
		given(this.connection.getAutoCommit()).willReturn(true);
		Boolean active = this.transactions
			.execute((status) -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(active).isTrue();
	}

}
