/**
 * Concepts: the Integrationskonzept as a living, versioned document — editions with their
 * Leitlinien, Bestandsaufnahme, Handlungsfelder, Ziele, Maßnahmen and Indikatoren, their
 * lifecycle up to the council's resolution, Fortschreibung with provenance, history and
 * comparison.
 * <p>
 * Vocabulary (German where English has no exact word): {@code Edition} (Ausgabe/Fassung),
 * {@code Guideline} (Leitlinie), {@code Field} (Handlungsfeld), {@code Goal} (Ziel; sub-goals
 * are Handlungsziele), {@code Measure} (Maßnahme), {@code Indicator} (Indikator),
 * {@code KeyFigure} (Kennzahl der Bestandsaufnahme), {@code Resolution} (Beschluss),
 * {@code Fortschreibung} (continuing an edition into the next).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.concepts;
