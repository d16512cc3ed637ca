package de.integrationskonzept;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.Temporal;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Events carry ids, never content or personal data: they are stored as JSON in {@code event_publication}
 * (kept after completion, unprotected by row-level security) and delivered again after a crash. An event is
 * anything a listener of ours receives, and every record the modules declare in their {@code *Events} classes.
 * Allowed in an event: the tenant, ids (UUID or an id record), enums, numbers, flags and points in time — no
 * text, no collections, no nested content.
 */
class EventPayloadTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("de.integrationskonzept");

	private static final Set<String> LISTENER_ANNOTATIONS = Set.of("org.springframework.context.event.EventListener",
			"org.springframework.modulith.events.ApplicationModuleListener",
			"org.springframework.transaction.event.TransactionalEventListener");

	@Test
	void eventsCarryIdsAndNoContentOrPersonalData() {
		Set<JavaClass> events = events();
		assertThat(events).as("events found").extracting(JavaClass::getSimpleName)
			.contains("EditionPublished", "IdeaSubmitted", "ValuesReleased", "YearlyReportReleased");
		assertThat(events).allSatisfy(event -> assertThat(instanceFields(event))
			.as("fields of %s", event.getName())
			.allSatisfy(field -> assertThat(isIdOrScalar(field.getRawType()))
				.as("%s.%s is a %s: only ids, enums, numbers, flags and times belong into an event", event.getSimpleName(),
						field.getName(), field.getRawType().getName())
				.isTrue()));
	}

	private static Set<JavaClass> events() {
		Stream<JavaClass> received = CLASSES.stream()
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.getAnnotations().stream().anyMatch(a -> LISTENER_ANNOTATIONS.contains(a.getRawType().getName())))
			.flatMap(method -> method.getRawParameterTypes().stream());
		Stream<JavaClass> declared = CLASSES.stream()
			.filter(type -> type.isRecord() && type.getEnclosingClass().map(outer -> outer.getSimpleName().endsWith("Events")).orElse(false));
		return Stream.concat(received, declared)
			.filter(type -> type.getPackageName().startsWith("de.integrationskonzept"))
			.collect(java.util.stream.Collectors.toSet());
	}

	private static Stream<JavaField> instanceFields(JavaClass event) {
		return event.getAllFields().stream().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC));
	}

	private static boolean isIdOrScalar(JavaClass type) {
		return type.isPrimitive() || type.isEnum() || type.isEquivalentTo(UUID.class) || type.isAssignableTo(Number.class)
				|| type.isEquivalentTo(Boolean.class) || type.isAssignableTo(Temporal.class)
				|| (type.isRecord() && type.getSimpleName().endsWith("Id") && type.getPackageName().startsWith("de.integrationskonzept"));
	}
}
