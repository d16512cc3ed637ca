package de.integrationskonzept.platform.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import de.integrationskonzept.platform.security.AccessControl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Platform administration: a municipality's data as an archive ({@link TenantExport}) and that archive as a new
 * tenant on another platform ({@link TenantImport}). {@code /api/admin/**} is for platform admins only
 * (SecurityConfiguration); the services check again.
 */
@RestController
@Tag(name = "Plattform-Administration")
class TenantArchiveApi {

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final TenantExport export;

	private final TenantImport importer;

	private final long maxUploadBytes;

	TenantArchiveApi(TenantExport export, TenantImport importer, @Value("${ik.tenant-archive.max-upload-bytes:1073741824}") long maxUploadBytes) {
		this.export = export;
		this.importer = importer;
		this.maxUploadBytes = maxUploadBytes;
	}

	@GetMapping("/api/admin/tenants/{slug}/export")
	@Operation(summary = "Alle Daten einer Kommune als ZIP-Archiv (nur Plattform-Administration)")
	void export(@PathVariable String slug, HttpServletResponse response) throws IOException {
		UUID tenant = export.find(slug);
		response.setContentType(ZIP.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mandant-" + slug + "-" + LocalDate.now() + ".zip\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		export.write(tenant, response.getOutputStream());
	}

	@PostMapping(path = "/api/admin/tenants/import", consumes = "application/zip")
	@Operation(summary = "Kommune aus einem Archiv anlegen (Rohdaten application/zip; nur Plattform-Administration)")
	ResponseEntity<TenantImport.Imported> importZip(HttpServletRequest request) throws IOException {
		AccessControl.requirePlatformAdmin();
		return importFrom(request.getInputStream());
	}

	@PostMapping(path = "/api/admin/tenants/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Kommune aus einem Archiv anlegen (Formular-Upload, Feld archive; nur Plattform-Administration)")
	ResponseEntity<TenantImport.Imported> importUpload(@RequestParam("archive") MultipartFile archive) throws IOException {
		AccessControl.requirePlatformAdmin();
		try (InputStream in = archive.getInputStream()) {
			return importFrom(in);
		}
	}

	/** The upload goes to a temporary file first (ZIP needs random access to read the manifest first), with a size limit. */
	private ResponseEntity<TenantImport.Imported> importFrom(InputStream upload) throws IOException {
		Path file = Files.createTempFile("tenant-archive-", ".zip");
		try {
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				for (int n; (n = upload.read(buffer)) != -1;) {
					total += n;
					if (total > maxUploadBytes) {
						throw TenantArchiveException.unfit("Das Archiv ist größer als erlaubt (ik.tenant-archive.max-upload-bytes = " + maxUploadBytes + ").");
					}
					out.write(buffer, 0, n);
				}
			}
			TenantImport.Imported imported = importer.importArchive(file);
			return ResponseEntity.created(URI.create("/api/tenants/" + imported.slug())).body(imported);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}
