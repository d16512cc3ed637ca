/**
 * Row-level-security plumbing: every transaction carries the current tenant into PostgreSQL
 * ({@code set_config('app.tenant_id', …, true)}), and work spanning tenants goes through
 * {@link de.integrationskonzept.platform.persistence.CrossTenantOperations}, audited.
 */
@org.springframework.modulith.NamedInterface("persistence")
package de.integrationskonzept.platform.persistence;
