package de.integrationskonzept.platform.persistence;

import static de.integrationskonzept.platform.persistence.ValueLists.anyOf;
import static de.integrationskonzept.platform.persistence.ValueLists.noneOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Value lists bound as one array: the statement is the same for every length (so the driver's
 * statement cache holds one entry, not one per length), lists longer than PostgreSQL's 65,535
 * parameters work, and the results are those of {@code in}/{@code not in}, on PostgreSQL.
 */
@SpringBootTest
class ValueListsTests {

	private static final Field<UUID> ID = DSL.field(DSL.name("candidate", "id"), SQLDataType.UUID);

	@Autowired DSLContext dsl;

	@Test
	void theStatementIsTheSameForEveryLength() {
		List<String> statements = IntStream.of(0, 1, 2, 10, 1_000)
			.mapToObj(length -> dsl.render(DSL.select(ID).from(candidates(List.of())).where(anyOf(ID, ids(length))))).distinct().toList();
		assertThat(statements).hasSize(1);
		assertThat(statements.getFirst()).contains("= any (");
		// What it replaces: an IN list is a new statement for every length.
		assertThat(IntStream.of(1, 2, 10).mapToObj(length -> dsl.render(DSL.select(ID).from(candidates(List.of())).where(ID.in(ids(length)))))
			.distinct()).hasSize(3);
	}

	@Test
	void aListLongerThanTheProtocolAllowsForParametersIsStillOneParameter() {
		List<UUID> many = ids(70_000);
		List<UUID> table = List.of(many.get(12_345), many.get(69_999), UUID.randomUUID());
		assertThat(dsl.select(ID).from(candidates(table)).where(anyOf(ID, many)).fetch(ID)).containsExactlyInAnyOrder(table.get(0), table.get(1));
		assertThat(dsl.select(ID).from(candidates(table)).where(noneOf(ID, many)).fetch(ID)).containsExactly(table.get(2));
	}

	@Test
	void emptyListsBehaveLikeInAndNotIn() {
		List<UUID> table = ids(3);
		assertThat(dsl.select(ID).from(candidates(table)).where(anyOf(ID, List.of())).fetch(ID)).isEmpty();
		assertThat(dsl.select(ID).from(candidates(table)).where(noneOf(ID, List.of())).fetch(ID)).containsExactlyInAnyOrderElementsOf(table);
		assertThat(dsl.select(ID).from(candidates(table)).where(anyOf(ID, table.subList(0, 2))).fetch(ID))
			.containsExactlyInAnyOrderElementsOf(table.subList(0, 2));
	}

	@Test
	void textValuesAreBoundAsATextArray() {
		Field<String> code = DSL.field(DSL.name("codes", "code"), SQLDataType.VARCHAR);
		Table<Record1<String>> codes = DSL.values(DSL.row("BIL-01"), DSL.row("ARB-02"), DSL.row("GES-03")).as("codes", "code");
		assertThat(dsl.select(code).from(codes).where(anyOf(code, List.of("ARB-02", "GES-03", "unbekannt"))).fetch(code))
			.containsExactlyInAnyOrder("ARB-02", "GES-03");
	}

	private static Table<Record1<UUID>> candidates(List<UUID> ids) {
		List<UUID> rows = ids.isEmpty() ? List.of(UUID.randomUUID()) : ids;
		return DSL.values(rows.stream().map(DSL::row).toArray(org.jooq.Row1[]::new)).as("candidate", "id");
	}

	private static List<UUID> ids(int count) {
		return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
	}
}
