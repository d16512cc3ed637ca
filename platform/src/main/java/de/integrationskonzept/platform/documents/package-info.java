/**
 * Documents the platform renders for the modules: {@link de.integrationskonzept.platform.documents.PdfDocuments} turns
 * XHTML into a tagged PDF with the embedded fonts, the same way for every module (concept PDF, yearly report).
 */
@org.springframework.modulith.NamedInterface("documents")
package de.integrationskonzept.platform.documents;
