package de.integrationskonzept;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure (no cycles, only allowed dependencies, no access to another
 * module's internals) and writes the module documentation (C4 component diagrams and module
 * canvases) to {@code docs/modules}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IntegrationskonzeptApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		Path docs = Path.of(System.getProperty("basedir", ".")).resolve("../../docs/modules").normalize();
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
