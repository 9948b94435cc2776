package news.tenor.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing typed cells: numbers as numbers and dates as dates (never as text, so sheets
 * sort and filter as expected), nothing at all for a missing value.
 */
final class Cells {

	/** Excel's limit on the characters of a cell. */
	static final int MAX_CHARS = 32_767;

	private Cells() {
	}

	/** Whether a text is cut to fit a cell. */
	static boolean tooLong(String value) {
		return value != null && value.length() > MAX_CHARS;
	}

	static void text(Row row, int column, String value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(tooLong(value) ? value.substring(0, MAX_CHARS - 1) + "\u2026" : value);
		cell.setCellStyle(style);
	}

	/** Excel's first day: an earlier date cannot be a date cell (it shows as -1). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1900, 1, 1);

	static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			if (value.isBefore(EXCEL_EPOCH)) {
				cell.setCellValue(value.toString());
			}
			else {
				cell.setCellValue(value);
				cell.setCellStyle(style);
			}
		}
	}

	static void dateTime(Row row, int column, LocalDateTime value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	static void number(Row row, int column, Number value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value.doubleValue());
			cell.setCellStyle(style);
		}
	}

	/** Any value: numbers, dates and booleans keep their type, the rest is text. */
	static void value(Row row, int column, Object value, Styles styles) {
		if (value instanceof Number n) {
			number(row, column, n, styles.text);
		}
		else if (value instanceof LocalDate d) {
			date(row, column, d, styles.date);
		}
		else if (value instanceof LocalDateTime t) {
			dateTime(row, column, t, styles.dateTime);
		}
		else if (value instanceof Boolean b) {
			Cell cell = row.createCell(column);
			cell.setCellValue(b);
			cell.setCellStyle(styles.text);
		}
		else if (value != null) {
			text(row, column, value.toString(), styles.text);
		}
	}

	/**
	 * A link to a row elsewhere in the workbook as Excel's HYPERLINK function, with the
	 * label as its cached value: for sheets with a link on every row. A streamed sheet
	 * keeps every hyperlink object in memory until the workbook is written (they follow
	 * the rows in the sheet's XML), where a formula streams with its row.
	 */
	static void formulaLink(Row row, int column, String label, CellLink target, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellFormula("HYPERLINK(\"#" + target.address().replace("\"", "\"\"") + "\",\""
				+ label.replace("\"", "\"\"") + "\")");
		cell.setCellValue(label);
		cell.setCellStyle(styles.link);
	}

	/** A link to a row elsewhere in the workbook. */
	static void link(Row row, int column, String label, CellLink target, Styles styles) {
		Cell cell = row.createCell(column);
		cell.setCellValue(label);
		Hyperlink hyperlink = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		hyperlink.setAddress(target.address());
		cell.setHyperlink(hyperlink);
		cell.setCellStyle(styles.link);
	}

}
