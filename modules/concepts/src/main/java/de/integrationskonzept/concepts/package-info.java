/**
 * Concepts: the Integrationskonzept as a living, versioned document — editions, Leitlinien, Bestandsaufnahme, Handlungsfelder, Ziele, Maßnahmen, Indikatoren, Akteure — and the shared templates tenants adopt.
 * <p>
 * Not built yet: the package exists so the module boundary, its PostgreSQL schema "concepts" and
 * its allowed dependencies are in place before the first feature lands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform :: tenancy", "platform :: persistence", "platform :: web" })
package de.integrationskonzept.concepts;
