package org.passerelle;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement that the test's own thread, or a thread of the web server started
 * by the test, sends to PostgreSQL while it counts, whoever sends it: JPA, Spring Session
 * JDBC, plain JDBC. Hibernate's statistics see only JPA's, and count every thread's: a
 * job of the portal (the mails' retries, the registrations' expiry) would add to them.
 * Import {@link Configuration} into the test; the application's data source is wrapped
 * with datasource-proxy.
 */
public final class StatementCounter implements QueryExecutionListener {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	/** Those of the statements sent outside a transaction (auto-commit). */
	private final List<String> autoCommitted = new CopyOnWriteArrayList<>();

	private volatile Thread counting;

	/**
	 * Runs the action on this thread and returns the statements it sent, in order.
	 */
	public List<String> statementsOf(ThrowingRunnable action) throws Exception {
		this.statements.clear();
		this.autoCommitted.clear();
		this.counting = Thread.currentThread();
		try {
			action.run();
		}
		finally {
			this.counting = null;
		}
		return List.copyOf(this.statements);
	}

	/**
	 * Those of the statements of the last {@link #statementsOf count} that were sent
	 * outside a transaction, each its own (auto-commit).
	 */
	public List<String> autoCommitted() {
		return List.copyOf(this.autoCommitted);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		Thread thread = Thread.currentThread();
		if (this.counting != null && (thread == this.counting || thread.getName().startsWith("http-"))) {
			for (QueryInfo query : queries) {
				this.statements.add(query.getQuery());
				if (autoCommit(execution)) {
					this.autoCommitted.add(query.getQuery());
				}
				if (Boolean.getBoolean("passerelle.trace-statements")) {
					StringBuilder trace = new StringBuilder("STATEMENT " + query.getQuery().replace('\n', ' '));
					for (StackTraceElement frame : new Throwable().getStackTrace()) {
						if (frame.getClassName().startsWith("org.springframework.session")
								|| frame.getClassName().startsWith("org.springframework.security")
								|| frame.getClassName().startsWith("org.springframework.web")
								|| frame.getClassName().startsWith("org.passerelle")) {
							trace.append("\n    at ").append(frame);
						}
					}
					System.out.println(trace);
				}
			}
		}
	}

	private static boolean autoCommit(ExecutionInfo execution) {
		try {
			return execution.getStatement().getConnection().getAutoCommit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the counted action does.
	 */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	/**
	 * The counter, and the application's data source wrapped so that it reports to it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name(beanName)
							.listener(counter.getObject())
							.build();
					}
					return bean;
				}

			};
		}

	}

}
