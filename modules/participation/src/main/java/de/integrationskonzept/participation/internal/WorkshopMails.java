package de.integrationskonzept.participation.internal;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.integrationskonzept.participation.RegistrationStatus;
import de.integrationskonzept.participation.Workshop;
import de.integrationskonzept.platform.mail.AccountMail;
import de.integrationskonzept.platform.mail.Mailer;
import de.integrationskonzept.platform.tenancy.Tenant;
import de.integrationskonzept.platform.tenancy.Tenants;

/**
 * Mails to one participant about their own registration: the workshop's title, time, place and a
 * link to cancel — nothing about other participants. {@link AccountMail} looks the address up from
 * the account id at sending and sends after the commit.
 */
@Component
class WorkshopMails {

	private static final Logger LOG = LoggerFactory.getLogger(WorkshopMails.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Mailer mailer;
	private final AccountMail mail;
	private final Tenants tenants;

	WorkshopMails(Mailer mailer, AccountMail mail, Tenants tenants) {
		this.mailer = mailer;
		this.mail = mail;
		this.tenants = tenants;
	}

	void registered(UUID account, Workshop workshop, RegistrationStatus status, Integer waitingPosition) {
		if (status == RegistrationStatus.CONFIRMED) {
			send(account, workshop, "Anmeldung bestätigt: " + workshop.title(), "Ihre Anmeldung zum Workshop „" + workshop.title()
					+ "“ ist bestätigt. Ihr Platz ist für Sie reserviert.");
		}
		else {
			send(account, workshop, "Warteliste: " + workshop.title(), "Der Workshop „" + workshop.title() + "“ ist ausgebucht. Sie stehen auf Platz "
					+ waitingPosition + " der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail.");
		}
	}

	void promoted(UUID account, Workshop workshop) {
		send(account, workshop, "Platz frei geworden: " + workshop.title(), "Für den Workshop „" + workshop.title()
				+ "“ ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt; Ihre Anmeldung ist jetzt bestätigt.");
	}

	private void send(UUID account, Workshop workshop, String subject, String opening) {
		if (HistoricalRecords.isRecording()) {
			// A registration recorded for a past workshop (HistoricalRecords) needs no confirmation today.
			return;
		}
		Tenant tenant = tenants.current();
		String where = workshop.place() != null ? workshop.place() : "online";
		String link = mailer.link("/" + tenant.slug() + "/beteiligung/" + workshop.processId() + "/workshops/" + workshop.id());
		String text = "Guten Tag,\n\n" + opening + "\n\n"
				+ "Wann: " + DAY.format(workshop.date()) + ", " + TIME.format(workshop.startTime()) + " bis " + TIME.format(workshop.endTime()) + " Uhr\n"
				+ "Wo: " + where + "\n"
				+ (workshop.onlineLink() != null ? "Online-Teilnahme: " + workshop.onlineLink() + "\n" : "")
				+ "\nFalls Sie nicht teilnehmen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann:\n" + link
				+ "\n\nMit freundlichen Grüßen\n" + tenant.name() + "\n";
		if (!mail.send(account, subject, text)) {
			LOG.info("Workshop mail not sent: the account is no longer active");
		}
	}
}
