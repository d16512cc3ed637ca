package de.integrationskonzept.platform.mail.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.integrationskonzept.platform.mail.Mailer;

/**
 * Sends through Spring's mail support to the SMTP server configured by {@code spring.mail.*}
 * ({@code SPRING_MAIL_HOST} …). Without one (local development) the message is written to the
 * log instead, clearly marked as not sent.
 */
@Component
class SmtpMailer implements Mailer {

	private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;
	private final String publicUrl;

	SmtpMailer(ObjectProvider<JavaMailSender> sender, @Value("${ik.mail.from}") String from,
			@Value("${ik.public-url}") String publicUrl) {
		this.sender = sender;
		this.from = from;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Override
	public void send(String to, String subject, String text) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(message);
				}
			});
		}
		else {
			deliver(message);
		}
	}

	@Override
	public String link(String path) {
		return publicUrl + (path.startsWith("/") ? path : "/" + path);
	}

	private void deliver(SimpleMailMessage message) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			LOG.warn("No SMTP server configured (SPRING_MAIL_HOST): mail NOT sent to {} — {}\n{}", message.getTo(),
					message.getSubject(), message.getText());
			return;
		}
		smtp.send(message);
	}
}
