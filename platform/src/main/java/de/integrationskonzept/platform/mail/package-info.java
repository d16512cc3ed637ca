/**
 * Outgoing e-mail (invitations, password reset, confirmations, reminders).
 */
@org.springframework.modulith.NamedInterface("mail")
package de.integrationskonzept.platform.mail;
