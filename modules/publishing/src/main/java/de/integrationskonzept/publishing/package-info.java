/**
 * Publishing: each municipality's public, accessible concept site, its PDF and open data.
 * <p>
 * Not built yet: the package exists so the module boundary, its PostgreSQL schema "publishing" and
 * its allowed dependencies are in place before the first feature lands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.publishing;
