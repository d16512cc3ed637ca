package de.integrationskonzept;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Assembles the platform and the domain modules into one server. Holds no business code.
 */
@Modulithic(systemName = "Integrationskonzept-Plattform", sharedModules = "platform")
@SpringBootApplication
public class IntegrationskonzeptApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntegrationskonzeptApplication.class, args);
	}
}
