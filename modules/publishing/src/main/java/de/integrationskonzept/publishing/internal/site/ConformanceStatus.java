package de.integrationskonzept.publishing.internal.site;

/**
 * How far the site meets the accessibility requirements (BITV 2.0 / EN 301 549, i.e. WCAG 2.1
 * AA), in the three grades the model statement of Implementing Decision (EU) 2018/1523 uses.
 */
public enum ConformanceStatus {
	/** vollständig vereinbar */
	VOLLSTAENDIG,
	/** teilweise vereinbar */
	TEILWEISE,
	/** nicht vereinbar */
	NICHT
}
