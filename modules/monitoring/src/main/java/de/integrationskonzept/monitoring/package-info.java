/**
 * Monitoring: indicator measurements (IST) against targets (SOLL), progress of measures, funded projects, the yearly report, and opt-in cross-city benchmarking.
 * <p>
 * Not built yet: the package exists so the module boundary, its PostgreSQL schema "monitoring" and
 * its allowed dependencies are in place before the first feature lands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "concepts", "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.monitoring;
