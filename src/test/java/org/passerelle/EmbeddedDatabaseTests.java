package org.passerelle;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default ({@code ./mvnw spring-boot:run}) boots on the embedded database,
 * migrates it and loads the demo data. Here it is kept in memory rather than under
 * ./data.
 */
@SpringBootTest(
		properties = "spring.datasource.url=jdbc:h2:mem:embedded;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EmbeddedDatabaseTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void bootsMigratesAndLoadsTheDemoData() {
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForList("select email from account order by email", String.class))
			.contains("admin@demo.passerelle", "liaison@demo.passerelle", "staff@demo.passerelle");
		assertThat(this.jdbc.queryForObject("select database_path() is null", Boolean.class)).isTrue();
	}

}
