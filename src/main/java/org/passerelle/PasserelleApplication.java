package org.passerelle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Passerelle: the portal a university partnership office runs to manage its relations
 * with industry.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PasserelleApplication {

	public static void main(String[] args) {
		SpringApplication.run(PasserelleApplication.class, args);
	}

}
