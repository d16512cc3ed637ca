/**
 * Participation (Beteiligung): processes with phases and deadlines, working groups, expert circles rating goals, workshops, questionnaires, citizens' ideas and the final vote.
 * <p>
 * Built so far: {@link de.integrationskonzept.participation.ParticipationProcesses} (Beteiligungsverfahren of a concept
 * edition with their phases) and {@link de.integrationskonzept.participation.Ideas} (Ideen of registered citizens,
 * accepted only while an Ideensammlung phase is current).
 * <p>
 * Vocabulary: {@code Process} (Beteiligungsverfahren), {@code Phase} (Phase; kinds Ideensammlung, Expertenbewertung,
 * Workshops, Abstimmung, Auswertung), {@code Idea} (Idee/Vorschlag), {@code field} (Handlungsfeld, by name),
 * {@code ExpertRatings} (Expertenkreise: experts per Handlungsfeld rate goals on relevance and feasibility),
 * {@code FinalVote} (Abstimmung; choices Zustimmung, Ablehnung, Enthaltung), {@code sealed} (results hidden until the
 * phase has ended), {@code closing} (the once-only end of ratings or vote).
 * Consent: each idea records {@link de.integrationskonzept.participation.Ideas#CONSENT_VERSION}, the version of the
 * consent text shown with the form; a new text gets a new version string (a versioned consent table follows with
 * the GDPR slice of issue #6).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.participation;
