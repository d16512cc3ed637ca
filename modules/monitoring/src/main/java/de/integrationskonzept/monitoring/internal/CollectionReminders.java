package de.integrationskonzept.monitoring.internal;

import static de.integrationskonzept.monitoring.internal.db.Tables.COLLECTION_REMINDER;
import static de.integrationskonzept.monitoring.internal.db.Tables.COLLECTION_SETTING;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.integrationskonzept.concepts.Edition;
import de.integrationskonzept.concepts.EditionId;
import de.integrationskonzept.concepts.EditionProblems;
import de.integrationskonzept.monitoring.CollectionRounds.DuePeriod;
import de.integrationskonzept.monitoring.CollectionRounds.State;
import de.integrationskonzept.monitoring.internal.domain.CollectionCalendar;
import de.integrationskonzept.platform.mail.AccountMail;
import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.persistence.CrossTenantOperations;
import de.integrationskonzept.platform.persistence.ExclusiveJobs;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.TenantContext;
import de.integrationskonzept.platform.tenancy.TenantId;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Reminds the responsible person of an indicator, by mail, once when a period's value becomes due soon
 * ({@value CollectionCalendar#REMIND_DAYS_BEFORE} days before the due date) and once when it is overdue.
 * Each mail is recorded in {@code monitoring.collection_reminder} (inserted with {@code on conflict do
 * nothing}; only the run that inserted the row mails), so a rerun never sends twice. Runs daily over all
 * active tenants; tests call {@link #remindAll(LocalDate)} themselves.
 */
@Component
public class CollectionReminders {

	static final String ACTOR = "system:monitoring-reminders";
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final DSLContext dsl;
	private final JooqCollectionRounds rounds;
	private final IndicatorStructure structure;
	private final AccountMail mail;
	private final Mailer mailer;
	private final CrossTenantOperations crossTenant;
	private final Tenants tenants;

	private final ExclusiveJobs jobs;

	CollectionReminders(ExclusiveJobs jobs, DSLContext dsl, JooqCollectionRounds rounds, IndicatorStructure structure, AccountMail mail, Mailer mailer,
			CrossTenantOperations crossTenant, Tenants tenants) {
		this.jobs = jobs;
		this.dsl = dsl;
		this.rounds = rounds;
		this.structure = structure;
		this.mail = mail;
		this.mailer = mailer;
		this.crossTenant = crossTenant;
		this.tenants = tenants;
	}

	@Scheduled(cron = "${ik.monitoring.reminders-cron:0 30 6 * * *}", zone = "Europe/Berlin")
	void daily() {
		jobs.runExclusively("monitoring.collection-reminders", () -> remindAll(LocalDate.now(BERLIN)));
	}

	/** Sends the reminders due on {@code asOf} in every active tenant; answers the tenants where mail was sent. */
	public List<TenantId> remindAll(LocalDate asOf) {
		var all = tenants.findActive().stream().map(Tenant::id).toList();
		return crossTenant.forEachTenant(ACTOR, "Erinnerungen an fällige und überfällige Indikatorwerte", all, tenant -> remind(asOf) > 0);
	}

	/** The current tenant's reminders; answers how many mails were sent. */
	int remind(LocalDate asOf) {
		List<UUID> editions = dsl.selectDistinct(COLLECTION_SETTING.EDITION_ID).from(COLLECTION_SETTING)
			.where(COLLECTION_SETTING.RESPONSIBLE_ACCOUNT.isNotNull()).fetch(COLLECTION_SETTING.EDITION_ID);
		int sent = 0;
		for (UUID editionId : editions) {
			Edition edition;
			try {
				edition = structure.edition(new EditionId(editionId));
			}
			catch (EditionProblems.NotFound gone) {
				continue;
			}
			var settings = rounds.settings(EditionIndicators.of(edition));
			for (DuePeriod period : rounds.periods(edition, settings, asOf)) {
				if (period.responsibleAccountId() != null && remind(edition, period, asOf)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean remind(Edition edition, DuePeriod period, LocalDate asOf) {
		String kind;
		if (period.state() == State.UEBERFAELLIG) {
			kind = "OVERDUE";
		}
		else if (period.state() == State.FAELLIG && CollectionCalendar.dueSoon(period.dueOn(), asOf)) {
			kind = "DUE_SOON";
		}
		else {
			return false;
		}
		int inserted = dsl.insertInto(COLLECTION_REMINDER)
			.set(COLLECTION_REMINDER.TENANT_ID, TenantContext.require().value())
			.set(COLLECTION_REMINDER.INDICATOR_ID, period.indicatorId())
			.set(COLLECTION_REMINDER.PERIOD, period.period())
			.set(COLLECTION_REMINDER.KIND, kind)
			.set(COLLECTION_REMINDER.ACCOUNT_ID, period.responsibleAccountId())
			.onConflictDoNothing()
			.execute();
		if (inserted == 0) {
			return false;
		}
		boolean overdue = kind.equals("OVERDUE");
		String subject = (overdue ? "Überfällig: " : "Bald fällig: ") + period.indicatorName() + " (" + period.period() + ")";
		String text = "Guten Tag,\n\nder Wert des Indikators „" + period.indicatorName() + "“ (Handlungsfeld „" + period.fieldName()
				+ "“) für den Zeitraum " + period.period() + " im Integrationskonzept „" + edition.title().german() + "“ "
				+ (overdue ? "war am " + GERMAN_DATE.format(period.dueOn()) + " fällig und fehlt noch."
						: "ist am " + GERMAN_DATE.format(period.dueOn()) + " fällig.")
				+ "\nSie sind dafür als verantwortliche Person eingetragen. Bitte erfassen Sie den Wert in der Verwaltung unter "
				+ "Monitoring › Erhebung:\n" + collectionPage(edition)
				+ "\n\nDiese Nachricht wurde automatisch versandt.";
		return mail.send(period.responsibleAccountId(), subject, text);
	}

	/** The absolute address of the edition's collection page, for the mail. */
	private String collectionPage(Edition edition) {
		String slug = tenants.findActiveById(TenantContext.require()).map(Tenant::slug).orElseThrow();
		return mailer.link("/" + slug + "/verwaltung/monitoring/" + edition.id() + "/erhebung");
	}
}
