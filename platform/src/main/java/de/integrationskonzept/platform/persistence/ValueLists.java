package de.integrationskonzept.platform.persistence;

import java.lang.reflect.Array;
import java.util.Collection;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Conditions on a list of values that bind the whole list as one array parameter
 * ({@code field = any(?)}) instead of one parameter per value ({@code field in (?, ?, …)}).
 * The SQL text then stays the same whatever the list's length. With {@code in (…)} every new length
 * is a new statement: the JDBC driver caches up to 256 of them per connection, so a list that grows
 * with the data (all ideas of a process) kept filling that cache with ever longer statements (the
 * soak's growing heap, {@code docs/load-soak-diagnosis.md}); past PostgreSQL's 65,535 parameters
 * jOOQ even inlines every value, a new statement per list. {@code ArchitectureTests} forbids
 * {@code in}/{@code notIn} on collections.
 */
public final class ValueLists {

	private ValueLists() {
	}

	/** {@code field = any(values)}: like {@code in}, false for an empty list. */
	public static <T> Condition anyOf(Field<T> field, Collection<? extends T> values) {
		return field.eq(DSL.any(asArray(field, values)));
	}

	/** {@code field <> all(values)}: like {@code not in}, true for an empty list. */
	public static <T> Condition noneOf(Field<T> field, Collection<? extends T> values) {
		return field.ne(DSL.all(asArray(field, values)));
	}

	private static <T> Field<T[]> asArray(Field<T> field, Collection<? extends T> values) {
		@SuppressWarnings("unchecked")
		T[] array = values.toArray(size -> (T[]) Array.newInstance(field.getType(), size));
		return DSL.val(array, field.getDataType().getArrayDataType());
	}
}
