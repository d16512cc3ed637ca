/**
 * Participation (Beteiligung): processes with phases and deadlines, working groups, expert circles rating goals, workshops, questionnaires, citizens' ideas and the final vote.
 * <p>
 * Built so far: {@link de.integrationskonzept.participation.ParticipationProcesses} (Beteiligungsverfahren of a concept
 * edition with their phases), {@link de.integrationskonzept.participation.Ideas} (Ideen of registered citizens,
 * accepted only while an Ideensammlung phase is current), {@link de.integrationskonzept.participation.Workshops}
 * (Workshops with registration, waiting list and documentation), {@link de.integrationskonzept.participation.WorkingGroups}
 * (Arbeitsgruppen per Handlungsfeld with members, {@link de.integrationskonzept.participation.WorkingGroupMeetings Sitzungen}
 * and {@link de.integrationskonzept.participation.GoalSuggestions Zielvorschläge} that editors accept into the edition).
 * <p>
 * Vocabulary: {@code Process} (Beteiligungsverfahren), {@code Phase} (Phase; kinds Ideensammlung, Expertenbewertung,
 * Workshops, Abstimmung, Auswertung), {@code Idea} (Idee/Vorschlag), {@code field} (Handlungsfeld, by name),
 * {@code Workshop} (Workshop), {@code Registration} (Anmeldung; {@code CONFIRMED} = Platz bestätigt, {@code WAITING} =
 * Warteliste), {@code documentation} (Dokumentation der Ergebnisse), {@code Attachment} (Datei/Anhang),
 * {@code WorkingGroup} (Arbeitsgruppe; member roles Leitung, Mitglied), {@code Meeting} (Sitzung; {@code minutes}: Protokoll,
 * {@code agenda}: Tagesordnung), {@code GoalSuggestion} (Zielvorschlag; offen, angenommen, abgelehnt).
 * Consent: each idea records {@link de.integrationskonzept.participation.Ideas#CONSENT_VERSION}, the version of the
 * consent text shown with the form; a new text gets a new version string (a versioned consent table follows with
 * the GDPR slice of issue #6).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web", "platform :: mail" })
package de.integrationskonzept.participation;
