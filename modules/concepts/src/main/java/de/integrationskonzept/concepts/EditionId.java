package de.integrationskonzept.concepts;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a concept edition within its tenant. */
public record EditionId(UUID value) {

	public EditionId {
		if (value == null) {
			throw new IllegalArgumentException("edition id must not be null");
		}
	}

	@JsonCreator
	public static EditionId of(String value) {
		return new EditionId(UUID.fromString(value));
	}

	public static EditionId random() {
		return new EditionId(UUID.randomUUID());
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toString();
	}
}
