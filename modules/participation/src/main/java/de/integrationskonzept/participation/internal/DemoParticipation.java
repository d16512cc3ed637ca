package de.integrationskonzept.participation.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.integrationskonzept.concepts.ConceptEditions;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.participation.ParticipationProcesses;
import de.integrationskonzept.platform.persistence.TenantScope;
import de.integrationskonzept.platform.security.SystemActor;
import de.integrationskonzept.platform.security.TenantAuthority;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Loads the demo tenants' past Beteiligung — Wiesbaden's 2020 process for the concept 2021–2025
 * ({@link DemoWiesbaden}) and Frankenthal's 2023 workshop series ({@link DemoFrankenthal}) — through
 * the ordinary services, recorded as of their historical days ({@link HistoricalRecords}). Runs after
 * the demo accounts (order 20) and concepts (order 30). Every process is marked as example data and
 * every contribution comes from a demo account. A tenant's content is loaded in one transaction and
 * only when no process of the same title exists for the edition, so restarts change nothing.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = { "ik.demo.participation-import", "ik.demo.accounts-enabled" }, havingValue = "true")
class DemoParticipation implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(DemoParticipation.class);
	static final String ACTOR = "system:demo-import";

	private final Tenants tenants;
	private final TenantScope tenantScope;
	private final TransactionTemplate transactions;
	private final ParticipationProcesses processes;
	private final ConceptEditions editions;
	private final DemoWiesbaden wiesbaden;
	private final DemoFrankenthal frankenthal;

	DemoParticipation(Tenants tenants, TenantScope tenantScope, TransactionTemplate transactions, ParticipationProcesses processes,
			ConceptEditions editions, DemoWiesbaden wiesbaden, DemoFrankenthal frankenthal) {
		this.tenants = tenants;
		this.tenantScope = tenantScope;
		this.transactions = transactions;
		this.processes = processes;
		this.editions = editions;
		this.wiesbaden = wiesbaden;
		this.frankenthal = frankenthal;
	}

	@Override
	public void run(ApplicationArguments args) {
		int loaded = load(DemoWiesbaden.TENANT, DemoWiesbaden.EDITION, DemoWiesbaden.TITLE, wiesbaden::load)
				+ load(DemoFrankenthal.TENANT, DemoFrankenthal.EDITION, DemoFrankenthal.TITLE, frankenthal::load);
		if (loaded > 0) {
			LOG.info("Loaded {} demo participation processes (Beispieldaten)", loaded);
		}
	}

	private int load(String slug, EditionId edition, String title, Consumer<TenantId> content) {
		var tenant = tenants.findActiveBySlug(slug);
		if (tenant.isEmpty()) {
			return 0;
		}
		TenantId id = tenant.get().id();
		return tenantScope.callAs(id, () -> as(id, ACTOR, TenantRole.EDITOR, () -> {
			if (!editionExists(edition) || exists(edition, title)) {
				return 0;
			}
			transactions.executeWithoutResult(status -> content.accept(id));
			return 1;
		}));
	}

	private boolean editionExists(EditionId edition) {
		try {
			editions.get(edition);
			return true;
		}
		catch (EditionProblems.NotFound e) {
			return false;
		}
	}

	/** The stable key of a demo process: its edition and title. */
	private boolean exists(EditionId edition, String title) {
		return processes.list().stream()
			.anyMatch(process -> process.editionId().equals(edition) && process.title().equals(title));
	}

	/** Runs {@code work} as {@code actor} (an editor's system name or a demo account's address) holding {@code role} in the tenant. */
	static <T> T as(TenantId tenant, String actor, TenantRole role, Supplier<T> work) {
		return SystemActor.callAs(actor, List.of(TenantAuthority.of(tenant, role)), work);
	}

	static void run(TenantId tenant, String actor, TenantRole role, Runnable work) {
		as(tenant, actor, role, () -> {
			work.run();
			return null;
		});
	}
}
