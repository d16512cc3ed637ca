package de.integrationskonzept;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasParameterTypes.Predicates.rawParameterTypes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Collection;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules beyond Spring Modulith's own verification.
 */
class ArchitectureTests {

	private static final String ROOT = "de.integrationskonzept";
	private static final List<String> DOMAIN_MODULES = List.of("concepts", "participation", "monitoring", "publishing");

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void platformDoesNotDependOnDomainModules() {
		noClasses().that().resideInAPackage(ROOT + ".platform..")
			.should().dependOnClassesThat().resideInAnyPackage(DOMAIN_MODULES.stream().map(m -> ROOT + "." + m + "..").toArray(String[]::new))
			.because("the platform is the shared kernel every module stands on")
			.check(CLASSES);
	}

	@Test
	void noModuleReachesIntoAnotherModulesInternalsOrTables() {
		List<String> modules = new java.util.ArrayList<>(DOMAIN_MODULES);
		modules.add("platform");
		ArchRule rule = CompositeArchRule.of(modules.stream()
			.map(module -> (ArchRule) noClasses().that().resideOutsideOfPackage(ROOT + "." + module + "..")
				.should().dependOnClassesThat().resideInAPackage(ROOT + "." + module + ".internal..")
				.because("a module's internals, including its generated jOOQ tables (" + module
						+ ".internal.db), are its own"))
			.toList());
		rule.check(CLASSES);
	}

	@Test
	void valueListsAreBoundAsOneArray() {
		noClasses().should().callMethodWhere(target(owner(assignableTo(org.jooq.Field.class).or(assignableTo(org.jooq.Row.class))))
				.and(target(nameMatching("in|notIn"))).and(target(rawParameterTypes(Collection.class))))
			.because("an IN list from a collection is a new statement for every length: it fills the JDBC driver's statement cache "
					+ "(the soak's growing heap); use ValueLists.anyOf/noneOf, one array parameter")
			.check(CLASSES);
	}

	@Test
	void onlyPersistencePlumbingTouchesJdbcDirectly() {
		noClasses().that().resideOutsideOfPackages(ROOT + ".platform.persistence..")
			.should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
			.because("the tenant is bound to connections in one place; everything else goes through jOOQ in a transaction")
			.check(CLASSES);
	}

	@Test
	void onlyTenantResolutionAndPersistenceChangeTheCurrentTenant() {
		noClasses().that().resideOutsideOfPackages(ROOT + ".platform.persistence..", ROOT + ".platform.tenancy.internal..")
			.should().callMethod(de.integrationskonzept.platform.tenancy.TenantContext.class, "set",
					de.integrationskonzept.platform.tenancy.TenantId.class)
			.orShould().callMethod(de.integrationskonzept.platform.tenancy.TenantContext.class, "clear")
			.because("switching tenants inside a transaction must also switch the database session (TenantScope)")
			.check(CLASSES);
	}

	@Test
	void everyPublishedEventCarriesItsTenant() {
		var events = CLASSES.stream()
			.filter(type -> type.getEnclosingClass().map(outer -> outer.getSimpleName().endsWith("Events")).orElse(false))
			.toList();
		org.assertj.core.api.Assertions.assertThat(events).as("events of the modules").isNotEmpty()
			.allSatisfy(event -> org.assertj.core.api.Assertions.assertThat(event.getAllFields())
				.as("%s carries a TenantId (listeners restore the tenant from it)", event.getName())
				.anySatisfy(field -> org.assertj.core.api.Assertions.assertThat(field.getRawType().getName())
					.isEqualTo(de.integrationskonzept.platform.tenancy.TenantId.class.getName())));
	}

	@Test
	void jooqStaysInPersistenceAndInternalPackages() {
		noClasses().that().resideOutsideOfPackages("..internal..", ROOT + ".platform.persistence..")
			.should().dependOnClassesThat().resideInAPackage("org.jooq..")
			.because("jOOQ records never leave a module's repositories")
			.check(CLASSES);
	}
}
