/**
 * Participation (Beteiligung): processes with phases and deadlines, working groups, expert circles rating goals, workshops, questionnaires, citizens' ideas and the final vote.
 * <p>
 * Façades: {@link de.integrationskonzept.participation.ParticipationProcesses} (Beteiligungsverfahren of a concept
 * edition with their phases), {@link de.integrationskonzept.participation.Ideas} (Ideen of registered citizens),
 * {@link de.integrationskonzept.participation.Workshops} (registration, waiting list, documentation),
 * {@link de.integrationskonzept.participation.Questionnaires} (Fragebögen with conditional questions, one response per
 * account or browser, results and CSV export) and {@link de.integrationskonzept.participation.Consents} (versioned
 * consent texts), {@link de.integrationskonzept.participation.WorkingGroups} (Arbeitsgruppen per Handlungsfeld with
 * members, {@link de.integrationskonzept.participation.WorkingGroupMeetings Sitzungen} and
 * {@link de.integrationskonzept.participation.GoalSuggestions Zielvorschläge} that editors accept into the edition),
 * {@link de.integrationskonzept.participation.ExpertRatings} (Expertenkreise rating goals) and
 * {@link de.integrationskonzept.participation.FinalVote} (Abstimmung).
 * <p>
 * Vocabulary: {@code Process} (Beteiligungsverfahren), {@code Phase} (Phase; kinds Ideensammlung, Expertenbewertung,
 * Workshops, Abstimmung, Auswertung), {@code Idea} (Idee/Vorschlag), {@code field} (Handlungsfeld),
 * {@code Workshop} (Workshop), {@code Registration} (Anmeldung; {@code CONFIRMED} = Platz bestätigt, {@code WAITING} =
 * Warteliste), {@code documentation} (Dokumentation der Ergebnisse), {@code Attachment} (Datei/Anhang),
 * {@code Questionnaire} (Fragebogen) with {@code Question}s (Fragen) answered by a {@code response} (the answers of one
 * person) made of {@code answers}, {@code support} (Unterstützung), {@code comment} (Kommentar), {@code report}
 * (Meldung), {@code Moderation} (sichtbar, zur Prüfung ausgeblendet, ausgeblendet), {@code accepted into} (übernommen in
 * ein Ziel oder eine Maßnahme), {@code Consent} (Einwilligung; every contribution records the version agreed to).
 * {@code WorkingGroup} (Arbeitsgruppe; member roles Leitung, Mitglied), {@code Meeting} (Sitzung; {@code minutes}: Protokoll,
 * {@code agenda}: Tagesordnung), {@code GoalSuggestion} (Zielvorschlag; offen, angenommen, abgelehnt).
 * {@code ExpertRatings} (experts per Handlungsfeld rate goals on relevance and feasibility, 1–5), {@code FinalVote}
 * (choices Zustimmung, Ablehnung, Enthaltung), {@code sealed} (results hidden until the phase has ended).
 * {@code example} (Beispieldaten: demonstration content, labelled on every page), {@code HistoricalRecords} (recording a
 * municipality's past Beteiligung through the services as of its days).
 * People are stored by account id only ({@code on delete set null}: a deleted account leaves anonymous contributions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web", "platform :: mail" })
package de.integrationskonzept.participation;
