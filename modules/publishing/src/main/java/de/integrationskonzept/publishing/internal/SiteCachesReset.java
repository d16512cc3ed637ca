package de.integrationskonzept.publishing.internal;

/** Every tenant's cached site content is to be dropped (notifications may have been missed). */
public record SiteCachesReset() {
}
