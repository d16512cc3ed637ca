package de.integrationskonzept.publishing.internal.opendata;

import java.util.List;

/**
 * A CSV file as the open data page documents it. Public only because the template engine reads
 * it by reflection.
 */
public record CsvFileView(String baseName, String fileName, String url, List<String> columns) {

	static CsvFileView of(OpenDataCsv.Table table, SiteUrls urls) {
		return new CsvFileView(table.baseName(), table.fileName(), urls.openDataFile(table.fileName()), table.columns());
	}
}
