/**
 * Monitoring: indicator measurements (IST) against targets (SOLL), progress of measures, funded projects, the yearly report, and opt-in cross-city benchmarking.
 * <p>
 * Built so far: {@link de.integrationskonzept.monitoring.Measurements} (IST values per indicator and period with
 * corrections kept as history, yearly SOLL targets, status and trend against the target path),
 * {@link de.integrationskonzept.monitoring.MeasurementImports} (CSV with preview, all or nothing, idempotent),
 * {@link de.integrationskonzept.monitoring.MeasureProgresses} (status, percent, weight and milestones of measures, kept
 * beside the edition with history; roll-up per goal and Handlungsfeld; bulk status change),
 * {@link de.integrationskonzept.monitoring.MeasureImports} (status and percent from CSV),
 * {@link de.integrationskonzept.monitoring.FundedProjects} (funded projects with outputs and evaluations per goal),
 * {@link de.integrationskonzept.monitoring.CollectionRounds} (cadence, office and due dates per indicator, what is due or
 * overdue, completeness, reminders to the responsible person) and
 * {@link de.integrationskonzept.monitoring.YearlyReports} (the yearly report: drafts from live data, commentary, frozen
 * HTML/PDF that the database keeps immutable, release to the public site) and
 * {@link de.integrationskonzept.monitoring.Benchmarks} (opt-in cross-city comparison of normalised catalogue indicators).
 * <p>
 * Vocabulary: {@code Measurement} (IST-Wert), {@code Target} (SOLL-Wert eines Jahres), {@code Period} (Zeitraum: Jahr,
 * Halbjahr, Quartal), {@code IndicatorStatus} (auf Kurs, gefährdet, nicht auf Kurs), {@code Trend},
 * {@code MeasureProgress} (Umsetzungsstand einer Maßnahme), {@code Milestone} (Meilenstein), {@code Rollup} (gewichteter
 * Fortschritt je Ziel oder Handlungsfeld), {@code OptIn} (Freigabe zum Vergleich), {@code SizeClass} (Größenklasse),
 * {@code Distribution} (Verteilung einer Vergleichsgruppe), {@code FundedProject} (Förderprojekt), {@code Output}
 * (gemeldete Leistung), {@code Evaluation} (Bewertung eines Projekts gegen ein Ziel, 1–5), {@code CollectionRound} (Erhebung),
 * {@code Cadence} (Erhebungsrhythmus), {@code Office} (zuständige Stelle), {@code Completeness} (Vollständigkeit),
 * {@code YearlyReport} (Sachstandsbericht eines Jahres; {@code freeze} = einfrieren, {@code release} = veröffentlichen);
 * indicators, measures, goals and fields are those of the concepts module's editions, referred to by id.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web", "platform :: mail", "platform :: documents" })
package de.integrationskonzept.monitoring;
