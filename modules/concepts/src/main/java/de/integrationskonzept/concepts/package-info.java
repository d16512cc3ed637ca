/**
 * Concepts: the Integrationskonzept as a living, versioned document — editions with their
 * Leitlinien, Bestandsaufnahme, Handlungsfelder, Ziele, Maßnahmen and Indikatoren, their
 * lifecycle up to the council's resolution, Fortschreibung with provenance, history and
 * comparison — and the shared Handlungsfeld templates and indicator catalogue that central
 * administrators keep and tenants adopt.
 * <p>
 * Vocabulary (German where English has no exact word): {@code Edition} (Ausgabe/Fassung),
 * {@code Guideline} (Leitlinie), {@code Field} (Handlungsfeld), {@code Goal} (Ziel; sub-goals
 * are Handlungsziele), {@code Measure} (Maßnahme), {@code Indicator} (Indikator),
 * {@code KeyFigure} (Kennzahl der Bestandsaufnahme), {@code Resolution} (Beschluss),
 * {@code Fortschreibung} (continuing an edition into the next), {@code FieldTemplate}
 * (Handlungsfeld-Vorlage; its {@code SuggestedGoal}s are Zielvorschläge), {@code IndicatorCatalogue}
 * (Indikatorenkatalog) with {@code CatalogueIndicator} entries, {@code TemplateAdoption} (a tenant
 * takes a template into its edition and follows its new versions).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.concepts;
