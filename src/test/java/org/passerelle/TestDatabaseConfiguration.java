package org.passerelle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.passerelle.shared.database.EmbeddedDatabase;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The PostgreSQL every test that touches data runs on, found in this order:
 * <ol>
 * <li>the server named by {@code PASSERELLE_TEST_DATABASE_URL} (with
 * {@code PASSERELLE_TEST_DATABASE_USERNAME} and
 * {@code PASSERELLE_TEST_DATABASE_PASSWORD}) when it is set;</li>
 * <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 * <li>otherwise an embedded PostgreSQL started from the binaries of a Maven artifact: one
 * server for the whole test run, and a fresh database for each application context.</li>
 * </ol>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final String URL_VARIABLE = "PASSERELLE_TEST_DATABASE_URL";

	@Bean
	@ServiceConnection
	@Conditional(UseContainer.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(UseUrlOrEmbedded.class)
	DynamicPropertyRegistrar testDatabase() {
		TestDatabase database = (System.getenv(URL_VARIABLE) != null) ? TestDatabase.fromEnvironment()
				: EmbeddedServer.freshDatabase();
		return (registry) -> {
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
	}

	/**
	 * A database for a test that starts the portal itself (several instances, say),
	 * chosen in the same order: the URL, a container, the embedded server.
	 */
	public static TestDatabase standaloneDatabase() {
		if (System.getenv(URL_VARIABLE) != null) {
			return TestDatabase.fromEnvironment();
		}
		if (useContainer()) {
			return SharedContainer.database();
		}
		return EmbeddedServer.freshDatabase();
	}

	static boolean useContainer() {
		return System.getenv(URL_VARIABLE) == null && DockerClientFactory.instance().isDockerAvailable();
	}

	static class UseContainer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return useContainer();
		}

	}

	static class UseUrlOrEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useContainer();
		}

	}

	/**
	 * A database the tests connect to.
	 */
	public record TestDatabase(String url, String username, String password) {

		static TestDatabase fromEnvironment() {
			TestDatabase database = new TestDatabase(System.getenv(URL_VARIABLE),
					env("PASSERELLE_TEST_DATABASE_USERNAME", "postgres"), env("PASSERELLE_TEST_DATABASE_PASSWORD", ""));
			try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
					database.password())) {
				connection.isValid(5);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("""
						The tests could not reach the PostgreSQL of %s (%s): check the URL, or unset it to run the \
						tests on Testcontainers (with Docker) or the embedded PostgreSQL (without)."""
					.formatted(URL_VARIABLE, ex.getMessage()), ex);
			}
			return database;
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value != null) ? value : fallback;
		}

	}

	/**
	 * A PostgreSQL container for the tests that start the portal themselves.
	 */
	static final class SharedContainer {

		private static PostgreSQLContainer container;

		private SharedContainer() {
		}

		static synchronized TestDatabase database() {
			if (container == null) {
				container = new PostgreSQLContainer("postgres:17-alpine");
				container.start();
			}
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}

	}

	/**
	 * The embedded PostgreSQL the tests share, started on first use and stopped with the
	 * JVM, its data in a temporary directory.
	 */
	public static final class EmbeddedServer {

		private static final AtomicInteger databases = new AtomicInteger();

		private static EmbeddedPostgres server;

		private EmbeddedServer() {
		}

		static synchronized EmbeddedPostgres get() {
			if (server == null) {
				try {
					server = EmbeddedDatabase.builder()
						.setServerConfig("max_connections", "500")
						.setRegisterShutdownHook(false)
						.start();
					// stopped once the test contexts are closed, not alongside them
					SpringApplication.getShutdownHandlers().add(EmbeddedServer::stop);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("The embedded PostgreSQL of the tests did not start", ex);
				}
			}
			return server;
		}

		private static synchronized void stop() {
			try {
				server.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** A new, empty database on the shared server. */
		public static TestDatabase freshDatabase() {
			EmbeddedPostgres server = get();
			String name = "passerelle_test_" + databases.incrementAndGet();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + name, ex);
			}
			return new TestDatabase(server.getJdbcUrl("postgres", name), "postgres", "");
		}

	}

}
