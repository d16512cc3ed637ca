package de.integrationskonzept.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import de.integrationskonzept.monitoring.MonitoringProblems;

/**
 * The first sheet of an XLSX file (Excel, LibreOffice) as the CSV text the imports read, so the preview,
 * the all-or-nothing import and the recognition of unchanged rows are the very same code for both formats
 * (and the staff page's confirmation can carry the checked content as text). Row {@code n} of the sheet
 * becomes line {@code n} of the text, so rejected rows are named by their spreadsheet row.
 * <ul>
 * <li>Numbers exactly as stored in the file, rounded to Excel's 15 significant digits (so a formula's
 * {@code 0.30000000000000004} reads {@code 0.3}), written with a decimal point; never through a float.</li>
 * <li>Cells formatted as dates become {@code YYYY-MM-DD}; formulas give their cached result (as Excel saved it);
 * a formula error gives its code ({@code #DIV/0!}), which the import then rejects as no number.</li>
 * <li>Refused with a readable message (422, nothing stored): not an XLSX file, an encrypted or old XLS file, a file
 * larger than {@value #MAX_BYTES} bytes, a sheet with more than {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS}
 * columns, and zip bombs (POI's {@link ZipSecureFile}: at most 1 MB unpacked per 10 KB packed, 50 MB per entry).</li>
 * </ul>
 */
public final class XlsxTable {

	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final int MAX_BYTES = 5 * 1024 * 1024;
	/** The imports' row limit plus the header. */
	static final int MAX_ROWS = CsvMeasurementImports.MAX_ROWS + 1;
	static final int MAX_COLUMNS = 50;
	private static final MathContext EXCEL_PRECISION = new MathContext(15);

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
	}

	private XlsxTable() {
	}

	/** Whether an upload is meant as XLSX, by its name or content type. */
	public static boolean isXlsx(String filename, String contentType) {
		return filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
				|| MEDIA_TYPE.equals(contentType);
	}

	/**
	 * The first sheet as CSV text for a writer of monitoring data: the role (or scope) is checked before
	 * anything is unpacked, so nobody else makes the server read a file.
	 */
	public static String toCsvForWriter(byte[] xlsx) {
		JooqMeasurements.requireWriter();
		return toCsv(xlsx);
	}

	/**
	 * The first sheet as CSV text (separator {@code ;}, every cell quoted).
	 * @throws MonitoringProblems.Invalid if the file cannot or must not be read
	 */
	public static String toCsv(byte[] xlsx) {
		StringBuilder csv = new StringBuilder();
		for (List<String> line : read(xlsx)) {
			csv.append(String.join(";", line.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').toList())).append('\n');
		}
		return csv.toString();
	}

	/** The rows of the first sheet from row 1 on, empty rows included (so line numbers stay the sheet's), each as its cells' texts. */
	static List<List<String>> read(byte[] xlsx) {
		if (xlsx == null || xlsx.length == 0) {
			throw refused("Die Datei ist leer.");
		}
		if (xlsx.length > MAX_BYTES) {
			throw refused("Die Datei ist größer als " + MAX_BYTES / 1024 / 1024 + " MB.");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(xlsx))) {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException e) {
			throw refused("Die Datei ist keine XLSX-Datei.");
		}
		if (magic == FileMagic.OLE2) {
			throw refused("Die Datei ist verschlüsselt (mit Kennwort geschützt) oder im alten XLS-Format. Bitte ohne Kennwort als "
					+ "„Excel-Arbeitsmappe (.xlsx)“ speichern.");
		}
		if (magic != FileMagic.OOXML) {
			throw refused("Die Datei ist keine XLSX-Datei (Excel-Arbeitsmappe). Bitte als .xlsx oder als CSV speichern.");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw refused("Die Datei enthält kein Tabellenblatt.");
			}
			return rows(workbook.getSheetAt(0));
		}
		catch (MonitoringProblems.Invalid invalid) {
			throw invalid;
		}
		catch (EncryptedDocumentException e) {
			throw refused("Die Datei ist verschlüsselt (mit Kennwort geschützt). Bitte ohne Kennwort speichern.");
		}
		catch (IOException | RuntimeException e) {
			throw refused(isZipBomb(e) ? "Die Datei entpackt sich zu ungewöhnlicher Größe und wird aus Sicherheitsgründen nicht gelesen."
					: "Die Datei ist beschädigt oder keine gültige XLSX-Datei.");
		}
	}

	/** POI's {@link ZipSecureFile} refusal, possibly wrapped. */
	private static boolean isZipBomb(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("exceeds the max"))) {
				return true;
			}
		}
		return false;
	}

	private static List<List<String>> rows(XSSFSheet sheet) {
		if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
			throw refused("Höchstens " + (MAX_ROWS - 1) + " Zeilen je Datei.");
		}
		List<List<String>> rows = new ArrayList<>();
		for (int index = 0; index <= sheet.getLastRowNum(); index++) {
			XSSFRow row = sheet.getRow(index);
			List<String> cells = new ArrayList<>();
			if (row != null && row.getLastCellNum() > MAX_COLUMNS) {
				throw refused("Höchstens " + MAX_COLUMNS + " Spalten (Zeile " + (index + 1) + ").");
			}
			for (int column = 0; row != null && column < row.getLastCellNum(); column++) {
				XSSFCell cell = row.getCell(column);
				cells.add(cell == null ? "" : text(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static String text(XSSFCell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString() : number(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "WAHR" : "FALSCH";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	/** The number as the file stores it (text in the XML), at Excel's precision, without exponent or trailing zeros. */
	private static String number(XSSFCell cell) {
		String raw = cell.getRawValue();
		BigDecimal value = raw == null ? BigDecimal.valueOf(cell.getNumericCellValue()) : new BigDecimal(raw.strip());
		value = value.round(EXCEL_PRECISION).stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
	}

	private static MonitoringProblems.Invalid refused(String message) {
		return new MonitoringProblems.Invalid(Map.of("file", message));
	}
}
