package de.integrationskonzept.participation.internal;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.IdeaStatus;
import de.integrationskonzept.participation.ParticipationProcess;
import de.integrationskonzept.platform.mail.AccountMail;
import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Tells the author by e-mail what became of their idea (switch: {@code ik.participation.ideas.notify-authors}).
 * The mail holds only their own idea's title and the editors' decision — nothing others wrote.
 */
@Component
class AuthorNotices {

	private final AccountMail mail;
	private final Mailer mailer;
	private final Tenants tenants;
	private final boolean enabled;

	AuthorNotices(AccountMail mail, Mailer mailer, Tenants tenants, @Value("${ik.participation.ideas.notify-authors:true}") boolean enabled) {
		this.mail = mail;
		this.mailer = mailer;
		this.tenants = tenants;
		this.enabled = enabled;
	}

	void statusChanged(UUID author, String ideaTitle, ParticipationProcess process, IdeaStatus status, String acceptedAs, String reason) {
		// A decision recorded for the past (HistoricalRecords) is old news for the author.
		if (!enabled || author == null || HistoricalRecords.isRecording()) {
			return;
		}
		StringBuilder text = new StringBuilder("Guten Tag,\n\nzu Ihrer Idee „").append(ideaTitle).append("“ im Beteiligungsverfahren „")
			.append(process.title()).append("“ gibt es Neues. Neuer Status: ").append(status.label());
		if (acceptedAs != null) {
			text.append(" – übernommen als ").append(acceptedAs);
		}
		text.append(".\n");
		if (reason != null) {
			text.append("\nBegründung der Redaktion: ").append(reason).append('\n');
		}
		text.append("\nAlle Ihre Beiträge und was aus ihnen geworden ist: ")
			.append(mailer.link("/" + tenants.current().slug() + "/beteiligung/meine-beitraege"))
			.append("\n\nDiese Nachricht wurde automatisch versandt.\n");
		mail.send(author, "Ihre Idee: " + status.label(), text.toString());
	}
}
