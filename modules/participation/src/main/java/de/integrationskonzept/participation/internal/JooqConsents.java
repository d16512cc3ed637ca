package de.integrationskonzept.participation.internal;

import static de.integrationskonzept.participation.internal.db.Tables.CONSENT_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.integrationskonzept.participation.Consents;
import de.integrationskonzept.participation.ParticipationProblems;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.participation.internal.db.tables.records.ConsentTextRecord;
import de.integrationskonzept.platform.security.AccessControl;
import de.integrationskonzept.platform.security.CurrentAccount;
import de.integrationskonzept.platform.security.TenantRole;
import de.integrationskonzept.platform.tenancy.TenantContext;

@Service
@Transactional
class JooqConsents implements Consents {

	private final DSLContext dsl;
	private final CurrentAccount currentAccount;

	JooqConsents(DSLContext dsl, CurrentAccount currentAccount) {
		this.dsl = dsl;
		this.currentAccount = currentAccount;
	}

	@Override
	@Transactional(readOnly = true)
	public Consent current() {
		return dsl.selectFrom(CONSENT_TEXT).orderBy(CONSENT_TEXT.PUBLISHED_AT.desc(), CONSENT_TEXT.VERSION.desc()).limit(1)
			.fetchOptional(JooqConsents::toConsent).orElse(DEFAULT);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Consent> history() {
		List<Consent> versions = new ArrayList<>(dsl.selectFrom(CONSENT_TEXT)
			.orderBy(CONSENT_TEXT.PUBLISHED_AT.desc(), CONSENT_TEXT.VERSION.desc()).fetch(JooqConsents::toConsent));
		versions.add(DEFAULT);
		return versions;
	}

	@Override
	public Consent publish(String text) {
		AccessControl.requireTenantRole(TenantRole.EDITOR);
		String stripped = text == null ? "" : text.strip();
		if (stripped.length() < 20 || stripped.length() > 5000) {
			throw new ParticipationProblems.Invalid(Map.of("text", "Der Einwilligungstext muss zwischen 20 und 5000 Zeichen lang sein."));
		}
		// One writer at a time per tenant, so two editors publishing on the same day get distinct versions.
		dsl.fetch("select 1 from pg_advisory_xact_lock(hashtextextended(?, 0))", "consent-text:" + TenantContext.require().value());
		String day = ParticipationProcess.today().toString();
		int sameDay = dsl.fetchCount(CONSENT_TEXT, CONSENT_TEXT.VERSION.startsWith(day));
		String version = sameDay == 0 ? day : day + "-" + (sameDay + 1);
		dsl.insertInto(CONSENT_TEXT)
			.set(CONSENT_TEXT.TENANT_ID, TenantContext.require().value())
			.set(CONSENT_TEXT.VERSION, version)
			.set(CONSENT_TEXT.TEXT, stripped)
			.set(CONSENT_TEXT.PUBLISHED_BY, currentAccount.id().orElse(null))
			.execute();
		return current();
	}

	@Override
	@Transactional(readOnly = true)
	public String versionAgreedTo(boolean agreed, String seenVersion) {
		if (!agreed) {
			throw new ParticipationProblems.Invalid(Map.of("consent", "Bitte stimmen Sie der Einwilligung zu."));
		}
		String current = current().version();
		if (seenVersion != null && !seenVersion.isBlank() && !seenVersion.equals(current)) {
			throw new ParticipationProblems.ConsentOutdated(current);
		}
		return current;
	}

	private static Consent toConsent(ConsentTextRecord row) {
		return new Consent(row.getVersion(), row.getText(), row.getPublishedAt().toInstant());
	}
}
