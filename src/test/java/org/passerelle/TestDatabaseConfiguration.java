package org.passerelle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The PostgreSQL every test that touches data runs on:
 * <ol>
 * <li>the server named by {@code PASSERELLE_TEST_DATABASE_URL} (with
 * {@code PASSERELLE_TEST_DATABASE_USERNAME} and
 * {@code PASSERELLE_TEST_DATABASE_PASSWORD}) when it is set;</li>
 * <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 * <li>otherwise the server on localhost:5432 (user {@code postgres}), where a fresh
 * {@code passerelle_test} database (or {@code PASSERELLE_TEST_DATABASE_NAME}) is created
 * for each test run.</li>
 * </ol>
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final String URL_VARIABLE = "PASSERELLE_TEST_DATABASE_URL";

	@Bean
	@ServiceConnection
	@Conditional(UseContainer.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:15-alpine");
	}

	@Bean
	@Conditional(UseServer.class)
	DynamicPropertyRegistrar postgresServer() {
		ExternalDatabase database = ExternalDatabase.get();
		return (registry) -> {
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
		};
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

	static class UseServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !useContainer();
		}

	}

	/**
	 * A PostgreSQL server reached by URL.
	 */
	record ExternalDatabase(String url, String username, String password) {

		private static final String LOCAL_SERVER = "jdbc:postgresql://localhost:5432/";

		private static ExternalDatabase instance;

		static synchronized ExternalDatabase get() {
			if (instance == null) {
				instance = connect();
			}
			return instance;
		}

		private static ExternalDatabase connect() {
			String url = System.getenv(URL_VARIABLE);
			String username = env("PASSERELLE_TEST_DATABASE_USERNAME", "postgres");
			String password = env("PASSERELLE_TEST_DATABASE_PASSWORD", "");
			String name = env("PASSERELLE_TEST_DATABASE_NAME", "passerelle_test");
			if (!name.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalStateException("PASSERELLE_TEST_DATABASE_NAME must be a plain lower-case name");
			}
			if (url != null) {
				check(url, username, password);
				return new ExternalDatabase(url, username, password);
			}
			try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", username, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
				statement.execute("create database " + name);
			}
			catch (SQLException ex) {
				throw unreachable(LOCAL_SERVER + "postgres", ex);
			}
			return new ExternalDatabase(LOCAL_SERVER + name, username, password);
		}

		private static void check(String url, String username, String password) {
			try (Connection connection = DriverManager.getConnection(url, username, password)) {
				connection.isValid(5);
			}
			catch (SQLException ex) {
				throw unreachable(url, ex);
			}
		}

		private static IllegalStateException unreachable(String url, SQLException ex) {
			return new IllegalStateException("""
					The tests need PostgreSQL and none could be reached (tried %s: %s).
					Provide one of:
					  - a Docker engine (Testcontainers starts postgres:15-alpine), or
					  - PASSERELLE_TEST_DATABASE_URL=jdbc:postgresql://host:5432/db, with
					    PASSERELLE_TEST_DATABASE_USERNAME and PASSERELLE_TEST_DATABASE_PASSWORD, or
					  - a PostgreSQL server on localhost:5432 that user 'postgres' can reach
					    (on Debian: apt-get install postgresql, then pg_ctlcluster 15 main start).
					""".formatted(url, ex.getMessage()), ex);
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value != null) ? value : fallback;
		}

	}

}
