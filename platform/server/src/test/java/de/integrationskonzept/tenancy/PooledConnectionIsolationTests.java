package de.integrationskonzept.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Two tenants' requests interleave on a pool of only two connections, with exceptions thrown in
 * the middle of transactions: no transaction ever sees a foreign row, and no connection comes
 * back from the pool still carrying a tenant.
 */
// Without the demo concepts' import: its publication work after start-up would compete for the two connections.
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2", "ik.demo.concepts-import=false" })
class PooledConnectionIsolationTests {

	private static final int ROUNDS = 150;

	@Autowired DataSource dataSource;
	@Autowired TransactionTemplate transactions;
	@Autowired TenantScope tenantScope;
	@Autowired Tenants tenants;

	@Test
	void interleavedTenantsOnTwoConnectionsNeverSeeForeignRows() throws Exception {
		assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(2);
		var jdbc = new JdbcTemplate(dataSource);
		List<String> tables = TenantOwnedTables.in(jdbc);
		List<String> updatable = tables.stream().filter(table -> TenantOwnedTables.mayUpdate(jdbc, table)).toList();
		List<TenantId> tenantIds = List.of(tenants.findActiveBySlug("wiesbaden").orElseThrow().id(),
				tenants.findActiveBySlug("frankenthal").orElseThrow().id());
		var problems = new ConcurrentLinkedQueue<String>();
		var inStep = new CyclicBarrier(2);

		ExecutorService workers = Executors.newFixedThreadPool(2);
		List<Future<?>> running = new ArrayList<>();
		for (int worker = 0; worker < 2; worker++) {
			int offset = worker;
			running.add(workers.submit(() -> {
				for (int round = 0; round < ROUNDS; round++) {
					TenantId tenant = tenantIds.get((round + offset) % 2);
					boolean failMidway = round % 3 == offset;
					inStep.await(10, TimeUnit.SECONDS);
					try {
						tenantScope.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
							for (String table : tables) {
								List<String> owners = jdbc.queryForList("select distinct tenant_id::text from " + table, String.class);
								if (!owners.stream().allMatch(tenant.toString()::equals)) {
									problems.add(tenant + " saw rows of " + owners + " in " + table);
								}
								if (updatable.contains(table)) {
									jdbc.update("update " + table + " set tenant_id = tenant_id");
								}
							}
							if (failMidway) {
								throw new IllegalStateException("failure in the middle of a transaction");
							}
						}));
					}
					catch (IllegalStateException expected) {
						// rolled back; the connection goes back to the pool
					}
					String leftOver = jdbc.queryForObject("select coalesce(current_setting('app.tenant_id', true), '')", String.class);
					if (!leftOver.isEmpty()) {
						problems.add("pooled connection still carried tenant " + leftOver);
					}
				}
				return null;
			}));
		}
		for (Future<?> run : running) {
			run.get(2, TimeUnit.MINUTES);
		}
		workers.shutdown();

		assertThat(problems).isEmpty();
		assertThatThrownBy(() -> transactions.execute(status -> jdbc.queryForList("select * from platform.contact_office")))
			.hasMessageFindingMatch(TenantIsolationTests.NO_TENANT_ERROR);
	}
}
