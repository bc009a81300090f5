package org.passerelle;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default ({@code ./mvnw spring-boot:run}, the packaged jar without a
 * profile): the portal starts its own PostgreSQL with its data in a directory, migrates
 * it, loads the demo data, and finds it all again after a restart.
 */
class EmbeddedDatabaseTests {

	@TempDir
	Path data;

	@Test
	void startsItsOwnPostgresqlAndKeepsTheDataAcrossRestarts() {
		int port;
		try (ConfigurableApplicationContext portal = start()) {
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
				.isGreaterThanOrEqualTo(3);
			assertThat(jdbc.queryForList("select email from account order by email", String.class))
				.contains("admin@demo.passerelle", "liaison@demo.passerelle", "staff@demo.passerelle");
			assertThat(
					jdbc.queryForObject("select setting from pg_settings where name = 'data_directory'", String.class))
				.isEqualTo(this.data.resolve("postgres").toAbsolutePath().toString());
			// text behaves the same on every machine: French order and case of accented
			// letters
			assertThat(jdbc.queryForList(
					"select name from (values ('Usinage'), ('École'), ('CMA CGM'), ('Calanques')) as n (name) order by name",
					String.class))
				.containsExactly("Calanques", "CMA CGM", "École", "Usinage");
			assertThat(jdbc.queryForObject("select upper('université')", String.class)).isEqualTo("UNIVERSITÉ");
			jdbc.update("update organisation set city = 'Marseille 7e' where name = 'Provepharm'");
			port = jdbc.queryForObject("select setting::int from pg_settings where name = 'port'", Integer.class);
		}
		try (ConfigurableApplicationContext portal = start()) {
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select city from organisation where name = 'Provepharm'", String.class))
				.isEqualTo("Marseille 7e");
			assertThat(jdbc.queryForObject("select count(*) from account where email = 'admin@demo.passerelle'",
					Integer.class))
				.isEqualTo(1);
			assertThat(
					jdbc.queryForObject("select count(*) from organisation where name = 'Provepharm'", Integer.class))
				.isEqualTo(1);
		}
		assertThat(port).isPositive();
		assertThat(List.of(this.data.resolve("postgres").toFile().list())).contains("PG_VERSION")
			.doesNotContain("postmaster.pid");
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(PasserelleApplication.class, "--passerelle.database.embedded.enabled=true",
				"--passerelle.database.embedded.directory=" + this.data.resolve("postgres"), "--server.port=0",
				"--passerelle.scheduling.enabled=false");
	}

}
