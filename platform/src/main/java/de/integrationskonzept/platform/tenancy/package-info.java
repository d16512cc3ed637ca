/**
 * Tenant registry and the current tenant of a request or transaction.
 */
@org.springframework.modulith.NamedInterface("tenancy")
package de.integrationskonzept.platform.tenancy;
