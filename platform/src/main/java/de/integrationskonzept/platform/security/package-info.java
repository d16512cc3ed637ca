/**
 * Who acts: tenant roles, the authorities that carry them in sessions and tokens, checks that
 * domain services call ({@link de.integrationskonzept.platform.security.AccessControl}) and
 * the security audit log.
 */
@org.springframework.modulith.NamedInterface("security")
package de.integrationskonzept.platform.security;
