package de.integrationskonzept.platform.tenancy.internal;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import de.integrationskonzept.platform.tenancy.internal.TenantArchiveManifest.TableFile;
import tools.jackson.core.JacksonException;

/**
 * Reads an uploaded tenant archive, which is untrusted: the manifest first (a ZIP file has random access), then each
 * table file as batches of rows (JSON arrays of bounded size), with its SHA-256 checked against the manifest. Limits
 * stop a ZIP bomb (bytes unpacked in all) and an endless line (characters per row).
 */
final class TenantArchiveReader implements AutoCloseable {

	private static final int BATCH_CHARS = 4 * 1024 * 1024;

	private final ZipFile zip;

	private final int maxRowChars;

	private long remainingBytes;

	TenantArchiveReader(Path archive, long maxUncompressedBytes, int maxRowChars) throws IOException {
		this.zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
		this.remainingBytes = maxUncompressedBytes;
		this.maxRowChars = maxRowChars;
	}

	/** The manifest, refused unless it is of this format version and names every file of the archive. */
	TenantArchiveManifest manifest() throws IOException {
		ZipEntry entry = zip.getEntry(TenantArchiveManifest.MANIFEST);
		if (entry == null) {
			throw TenantArchiveException.unfit("Das Archiv enthält kein " + TenantArchiveManifest.MANIFEST + ".");
		}
		TenantArchiveManifest manifest;
		try (InputStream in = limited(zip.getInputStream(entry))) {
			manifest = TenantExport.JSON.readValue(in, TenantArchiveManifest.class);
		}
		catch (JacksonException e) {
			throw TenantArchiveException.unfit("manifest.json ist unlesbar: " + e.getOriginalMessage());
		}
		if (!TenantArchiveManifest.FORMAT.equals(manifest.format()) || manifest.formatVersion() != TenantArchiveManifest.FORMAT_VERSION) {
			throw TenantArchiveException.unfit("Unbekanntes Archivformat " + manifest.format() + " Version " + manifest.formatVersion()
					+ "; diese Plattform liest " + TenantArchiveManifest.FORMAT + " Version " + TenantArchiveManifest.FORMAT_VERSION + ".");
		}
		if (manifest.tenant() == null || manifest.tenant().id() == null || manifest.tables() == null) {
			throw TenantArchiveException.unfit("manifest.json nennt keinen Mandanten oder keine Tabellen.");
		}
		Set<String> listed = manifest.tables().stream().map(TableFile::file).collect(Collectors.toSet());
		List<String> unlisted = Collections.list(zip.entries()).stream().map(ZipEntry::getName)
			.filter(name -> !name.equals(TenantArchiveManifest.MANIFEST) && !listed.contains(name)).toList();
		if (!unlisted.isEmpty()) {
			throw TenantArchiveException.unfit("Das Archiv enthält Dateien, die manifest.json nicht nennt.", unlisted);
		}
		return manifest;
	}

	/** Hands the rows of a table file to {@code batches} as JSON arrays; answers the number of rows. */
	long readRows(TableFile file, String table, Consumer<String> batches) {
		ZipEntry entry = zip.getEntry(file.file());
		if (entry == null || !file.file().equals(TenantArchiveManifest.fileOf(table))) {
			throw TenantArchiveException.unfit("Datei fehlt: " + TenantArchiveManifest.fileOf(table));
		}
		MessageDigest sha256 = TenantExport.sha256();
		long rows = 0;
		StringBuilder batch = new StringBuilder();
		try (Reader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(limited(zip.getInputStream(entry)), sha256),
				StandardCharsets.UTF_8), 64 * 1024)) {
			for (String line; (line = readLine(reader, table)) != null;) {
				String row = line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
				if (row.equals("[") || row.equals("]") || row.isEmpty()) {
					continue;
				}
				batch.append(batch.isEmpty() ? "[" : ",").append(row);
				rows++;
				if (batch.length() >= BATCH_CHARS) {
					batches.accept(batch.append(']').toString());
					batch.setLength(0);
				}
			}
			if (!batch.isEmpty()) {
				batches.accept(batch.append(']').toString());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!HexFormat.of().formatHex(sha256.digest()).equals(file.sha256())) {
			throw TenantArchiveException.unfit("Prüfsumme von " + file.file() + " stimmt nicht: die Datei wurde verändert oder ist beschädigt.");
		}
		return rows;
	}

	/** One line (a row), refused when longer than a row may be: no line of a crafted archive fills the memory. */
	private String readLine(Reader reader, String table) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = reader.read()) != -1 && c != '\n') {
			if (line.length() >= maxRowChars) {
				throw TenantArchiveException.unfit(table + ": eine Zeile ist größer als " + maxRowChars + " Zeichen (ik.tenant-archive.max-row-chars).");
			}
			line.append((char) c);
		}
		return c == -1 && line.isEmpty() ? null : line.toString();
	}

	/** Counts the bytes unpacked from the archive and stops at the limit (a ZIP bomb unpacks to far more than it weighs). */
	private InputStream limited(InputStream in) {
		return new FilterInputStream(in) {
			@Override
			public int read() throws IOException {
				int b = super.read();
				take(b == -1 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				take(Math.max(n, 0));
				return n;
			}
		};
	}

	private void take(long bytes) {
		remainingBytes -= bytes;
		if (remainingBytes < 0) {
			throw TenantArchiveException.unfit("Das Archiv entpackt zu mehr Bytes, als erlaubt ist (ik.tenant-archive.max-uncompressed-bytes).");
		}
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
