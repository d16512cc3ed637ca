/**
 * Platform: the tenant-aware shared kernel every domain module stands on. It exposes
 * {@code tenancy} (who the current municipality is), {@code persistence} (row-level-security
 * transactions and the audited cross-tenant path) and {@code web} (errors, request ids) as
 * named interfaces; it never depends on a domain module.
 * <p>
 * Vocabulary: a <em>tenant</em> (Mandant) is one municipality — Gemeinde, Stadt, kreisfreie
 * Stadt, Landeshauptstadt or Landkreis — identified by its AGS (Amtlicher Gemeindeschlüssel).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.integrationskonzept.platform;
