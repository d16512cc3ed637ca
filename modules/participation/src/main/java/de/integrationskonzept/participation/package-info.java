/**
 * Participation (Beteiligung): processes with phases and deadlines, working groups, expert circles rating goals, workshops, questionnaires, citizens' ideas and the final vote.
 * <p>
 * Not built yet: the package exists so the module boundary, its PostgreSQL schema "participation" and
 * its allowed dependencies are in place before the first feature lands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform :: tenancy", "platform :: persistence", "platform :: security", "platform :: web" })
package de.integrationskonzept.participation;
