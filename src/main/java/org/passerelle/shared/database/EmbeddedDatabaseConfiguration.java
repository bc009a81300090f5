package org.passerelle.shared.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's data source on its own embedded PostgreSQL, when
 * {@code passerelle.database.embedded.enabled} is set (the default without a profile).
 * Otherwise Spring Boot's data source reaches the server of
 * {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("passerelle.database.embedded.enabled")
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

	/** Stopped with the context, after the connection pool that depends on it. */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings) {
		return EmbeddedDatabase.start(settings);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedDatabase database) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(database.jdbcUrl())
			.username(EmbeddedDatabase.USER)
			.password("")
			.build();
	}

}
