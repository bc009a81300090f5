package org.passerelle.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the portal starts for itself when no other is given: the
 * zero-setup run ({@code ./mvnw spring-boot:run}) and the packaged jar without a profile.
 *
 * @param enabled whether to start it ({@code false} under the {@code postgres} profile)
 * @param directory where its data lives, kept across restarts
 * @param port the port it listens on, on the loopback interface only; 0 picks a free one
 * @param database the database the portal uses, created on the first start
 */
@ConfigurationProperties("passerelle.database.embedded")
public record EmbeddedDatabaseSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("./data/postgres") Path directory, @DefaultValue("0") int port,
		@DefaultValue("passerelle") String database) {

	public EmbeddedDatabaseSettings {
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("passerelle.database.embedded.database must be a plain lower-case name");
		}
	}

}
