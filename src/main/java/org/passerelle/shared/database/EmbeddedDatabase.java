package org.passerelle.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped as a Maven artifact, its data in
 * a directory kept across restarts. It listens on the loopback interface only and stops
 * with the portal (or with the JVM, whichever comes first).
 */
public final class EmbeddedDatabase implements AutoCloseable {

	/** The server's superuser; it trusts local connections, which are all it accepts. */
	public static final String USER = "postgres";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres server;

	private final String database;

	private EmbeddedDatabase(EmbeddedPostgres server, String database) {
		this.server = server;
		this.database = database;
	}

	/**
	 * Starts the server on the data of {@code settings.directory()} (created on the first
	 * start) and creates the portal's database when it does not exist yet.
	 */
	public static EmbeddedDatabase start(EmbeddedDatabaseSettings settings) {
		return new EmbeddedDatabase(startServer(settings), settings.database());
	}

	private static EmbeddedPostgres startServer(EmbeddedDatabaseSettings settings) {
		long started = System.nanoTime();
		Path directory = settings.directory().toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres server = builder().setDataDirectory(directory)
				// stopped by the application context, after the connection pool
				.setRegisterShutdownHook(false)
				.setCleanDataDirectory(false)
				.setPort(settings.port())
				// the data is kept: write it safely (the library's default is for
				// throwaway tests)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "100")
				.start();
			createDatabaseIfMissing(server, settings.database());
			logger.info("Embedded PostgreSQL {} ready on port {} with its data in {} ({} ms)", serverVersion(server),
					server.getPort(), directory, (System.nanoTime() - started) / 1_000_000);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start with its data in " + directory
					+ " (is another Passerelle running on it?)", ex);
		}
	}

	/**
	 * A server whose text behaves the same on every machine, whatever its own locales:
	 * French ICU collation by default (upper and lower case of any letter, French order),
	 * messages in English.
	 */
	public static EmbeddedPostgres.Builder builder() {
		return EmbeddedPostgres.builder()
			.setLocaleConfig("locale-provider", "icu")
			.setLocaleConfig("icu-locale", "fr")
			.setLocaleConfig("locale", "C");
	}

	/** The JDBC URL of the portal's database. */
	public String jdbcUrl() {
		return this.server.getJdbcUrl(USER, this.database);
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			logger.warn("The embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres server, String database) {
		try (Connection connection = server.getPostgresDatabase().getConnection()) {
			boolean exists;
			try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				query.setString(1, database);
				try (ResultSet result = query.executeQuery()) {
					exists = result.next();
				}
			}
			if (!exists) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("create database " + database);
				}
				logger.info("Created the database {}", database);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The embedded PostgreSQL did not let the portal create its database", ex);
		}
	}

	private static String serverVersion(EmbeddedPostgres server) {
		try (Connection connection = server.getPostgresDatabase().getConnection()) {
			return connection.getMetaData().getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			return "(version unknown)";
		}
	}

}
