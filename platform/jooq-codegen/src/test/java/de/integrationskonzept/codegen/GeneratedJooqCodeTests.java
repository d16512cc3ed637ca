package de.integrationskonzept.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.integrationskonzept.platform.persistence.internal.LocalDatabase;

/**
 * Fails when the committed jOOQ classes and the Liquibase-migrated schema drift apart.
 * <p>
 * Regenerate with {@code ./mvnw -pl platform/jooq-codegen -am test -Djooq.regenerate=true} — it
 * needs only this tool and the local database, so it works while module code that uses new
 * tables does not compile yet.
 */
class GeneratedJooqCodeTests {

	private static final Path REPOSITORY = Path.of(System.getProperty("basedir", ".")).resolve("../..").normalize();

	@Test
	void committedJooqCodeMatchesTheMigratedSchema(@TempDir Path generated) throws Exception {
		var generator = new JooqCodeGenerator(LocalDatabase.obtain(TestDatabase.settings()), REPOSITORY);
		if (Boolean.getBoolean("jooq.regenerate")) {
			generator.generate(module -> module.sourceRoot(REPOSITORY));
		}
		generator.generate(module -> generated.resolve(module.schema()));

		for (var module : JooqCodeGenerator.MODULE_SCHEMAS) {
			var expected = contents(module.packageDirectory(generated.resolve(module.schema())));
			var committed = contents(module.packageDirectory(module.sourceRoot(REPOSITORY)));
			assertThat(committed)
				.as("jOOQ classes of schema %s differ from the migrated database; regenerate them (see class comment)",
						module.schema())
				.isEqualTo(expected);
		}
	}

	private static Map<String, String> contents(Path directory) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(directory)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(directory.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}
}
