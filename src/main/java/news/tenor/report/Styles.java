package news.tenor.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workbook, created once and shared by every cell (a workbook holds
 * at most 64,000 styles, and each costs memory).
 */
final class Styles {

	/** Excel's date format for days: sorts and filters as a date. */
	static final String DATE = "yyyy-mm-dd";

	final CellStyle header;

	final CellStyle text;

	final CellStyle bold;

	final CellStyle wrapped;

	final CellStyle date;

	final CellStyle dateTime;

	final CellStyle integer;

	final CellStyle score;

	final CellStyle percent;

	final CellStyle seconds;

	final CellStyle link;

	final CellStyle title;

	final CellStyle section;

	final CellStyle note;

	/**
	 * A note that wraps within the cells it is given (merged), rather than running on.
	 */
	final CellStyle wrappedNote;

	final CellStyle signedInteger;

	final CellStyle signedScore;

	/** A change of a share, in percentage points (the value is the difference × 100). */
	final CellStyle signedPoints;

	Styles(XSSFWorkbook workbook) {
		DataFormat formats = workbook.createDataFormat();
		XSSFFont boldFont = workbook.createFont();
		boldFont.setBold(true);

		this.header = top(workbook);
		this.header.setFont(boldFont);
		this.header.setWrapText(true);
		this.header.setFillForegroundColor(new XSSFColor(new byte[] { (byte) 0xD9, (byte) 0xE1, (byte) 0xF2 }, null));
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);

		this.text = top(workbook);
		this.bold = top(workbook);
		this.bold.setFont(boldFont);
		this.wrapped = top(workbook);
		this.wrapped.setWrapText(true);
		this.date = formatted(workbook, formats, DATE);
		this.dateTime = formatted(workbook, formats, "yyyy-mm-dd hh:mm:ss");
		this.integer = formatted(workbook, formats, "#,##0");
		this.score = formatted(workbook, formats, "0.00");
		this.percent = formatted(workbook, formats, "0%");
		this.seconds = formatted(workbook, formats, "#,##0.0");
		this.signedInteger = formatted(workbook, formats, "+#,##0;-#,##0;0");
		this.signedScore = formatted(workbook, formats, "+0.00;-0.00;0.00");
		this.signedPoints = formatted(workbook, formats, "+0\" pts\";-0\" pts\";0\" pts\"");

		XSSFFont blue = workbook.createFont();
		blue.setUnderline(Font.U_SINGLE);
		blue.setColor(IndexedColors.BLUE.getIndex());
		this.link = top(workbook);
		this.link.setFont(blue);

		XSSFFont large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 16);
		this.title = workbook.createCellStyle();
		this.title.setFont(large);

		XSSFFont medium = workbook.createFont();
		medium.setBold(true);
		medium.setFontHeightInPoints((short) 12);
		this.section = workbook.createCellStyle();
		this.section.setFont(medium);

		XSSFFont grey = workbook.createFont();
		grey.setItalic(true);
		grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
		this.note = top(workbook);
		this.note.setFont(grey);
		XSSFCellStyle wrapped = top(workbook);
		wrapped.setFont(grey);
		wrapped.setWrapText(true);
		this.wrappedNote = wrapped;
	}

	private static XSSFCellStyle top(XSSFWorkbook workbook) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private static XSSFCellStyle formatted(XSSFWorkbook workbook, DataFormat formats, String format) {
		XSSFCellStyle style = top(workbook);
		style.setDataFormat(formats.getFormat(format));
		return style;
	}

}
