/**
 * Publishing: each municipality's public, accessible concept site — built from immutable
 * snapshots taken when an editor publishes an edition — with search, print view and PDF, open
 * data (JSON, CSV, DCAT-AP.de), news and its Atom feed, the contact form, an embeddable widget
 * and the legally required pages (Impressum, Datenschutz, Barrierefreiheitserklärung).
 * <p>
 * Vocabulary: {@code PublishedEdition} (veröffentlichte Fassung, the snapshot), {@code News}
 * (Aktuelles), {@code SiteSettings} (Einstellungen des Auftritts), {@code ContactMessage}
 * (Nachricht über das Kontaktformular).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "participation", "monitoring", "platform :: documents", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web", "platform :: mail" })
package de.integrationskonzept.publishing;
