/**
 * Web basics shared by all modules: RFC 9457 problem details for the API, the German error
 * page, request ids in logs, language selection.
 */
@org.springframework.modulith.NamedInterface("web")
package de.integrationskonzept.platform.web;
