package org.passerelle;

import org.springframework.boot.SpringApplication;

/**
 * Runs the portal against the test PostgreSQL (see {@link TestDatabaseConfiguration}),
 * with the demo data: {@code ./mvnw spring-boot:test-run}.
 */
public class TestPasserelleApplication {

	public static void main(String[] args) {
		SpringApplication.from(PasserelleApplication::main).with(TestDatabaseConfiguration.class).run(args);
	}

}
