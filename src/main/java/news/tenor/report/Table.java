package news.tenor.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table streamed to a sheet, the way a spreadsheet user expects one: a bold header with
 * filters, the header and first column frozen, set column widths, the colour scale on
 * score columns, and no "number stored as text" warning on text columns (a comment "42"
 * is text). A table longer than a sheet can hold continues on {@code Name (2)},
 * {@code Name (3)}, ... each with its own header.
 */
final class Table {

	/** Excel's row limit, header included. */
	static final int EXCEL_MAX_ROWS = 1_048_576;

	enum Kind {

		TEXT, NUMBER, SCORE

	}

	record Column(String header, int width, Kind kind) {

		static Column text(String header, int width) {
			return new Column(header, width, Kind.TEXT);
		}

		static Column number(String header, int width) {
			return new Column(header, width, Kind.NUMBER);
		}

		/** A score or share in [-1, 1], coloured red → white → green. */
		static Column score(String header, int width) {
			return new Column(header, width, Kind.SCORE);
		}

	}

	private final SXSSFWorkbook workbook;

	private final Styles styles;

	private final String name;

	private final List<Column> columns;

	private final int maxRows;

	private final List<String> sheets = new ArrayList<>();

	private SXSSFSheet sheet;

	private int nextRow;

	private long rows;

	/**
	 * @param maxRows rows per sheet, header included (Excel's limit, smaller in tests)
	 */
	Table(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns, int maxRows) {
		if (maxRows < 2) {
			throw new IllegalArgumentException("a sheet needs room for a header and a row");
		}
		this.workbook = workbook;
		this.styles = styles;
		this.name = name;
		this.columns = columns;
		this.maxRows = maxRows;
	}

	/** The name of the n-th sheet (from 1) of a table. */
	static String sheetName(String table, int part) {
		return part == 1 ? table : table + " (" + part + ")";
	}

	/** Where the data row of a given index (from 0) of a table lands. */
	static CellLink locate(String table, long index, int maxRows) {
		int perSheet = maxRows - 1;
		return new CellLink(sheetName(table, (int) (index / perSheet) + 1), (int) (index % perSheet) + 2);
	}

	int column(String header) {
		for (int c = 0; c < this.columns.size(); c++) {
			if (this.columns.get(c).header().equals(header)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no column " + header);
	}

	/**
	 * Creates the first sheet now, so that tables written side by side keep the order in
	 * which they were started.
	 */
	void start() {
		if (this.sheet == null && this.sheets.isEmpty()) {
			startSheet();
		}
	}

	/** A new data row, on a new sheet when the current one is full. */
	Row next() {
		if (this.sheet == null || this.nextRow >= this.maxRows) {
			finishSheet();
			startSheet();
		}
		this.rows++;
		return this.sheet.createRow(this.nextRow++);
	}

	/** Data rows written so far. */
	long rows() {
		return this.rows;
	}

	/** The sheets the table is on: one, or more when it was split. */
	List<String> sheets() {
		return List.copyOf(this.sheets);
	}

	/** Finishes the last sheet; a table without rows still gets its sheet and header. */
	void finish() {
		if (this.sheet == null) {
			startSheet();
		}
		finishSheet();
	}

	private void startSheet() {
		String sheetName = sheetName(this.name, this.sheets.size() + 1);
		this.sheet = this.workbook.createSheet(sheetName);
		this.sheets.add(sheetName);
		Row header = this.sheet.createRow(0);
		header.setHeightInPoints(30);
		for (int c = 0; c < this.columns.size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(this.columns.get(c).header());
			cell.setCellStyle(this.styles.header);
			this.sheet.setColumnWidth(c, this.columns.get(c).width() * 256);
		}
		this.sheet.createFreezePane(1, 1);
		this.sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		this.sheet.setFitToPage(true);
		this.sheet.getPrintSetup().setFitWidth((short) 1);
		this.sheet.getPrintSetup().setFitHeight((short) 0);
		this.nextRow = 1;
	}

	private void finishSheet() {
		if (this.sheet == null) {
			return;
		}
		int last = this.nextRow - 1;
		this.sheet.setAutoFilter(new CellRangeAddress(0, last, 0, this.columns.size() - 1));
		if (last >= 1) {
			for (int c = 0; c < this.columns.size(); c++) {
				CellRangeAddress range = new CellRangeAddress(1, last, c, c);
				switch (this.columns.get(c).kind()) {
					case SCORE -> ColourScale.apply(this.sheet, range);
					case TEXT -> this.workbook.getXSSFWorkbook()
						.getSheet(this.sheet.getSheetName())
						.addIgnoredErrors(range, IgnoredErrorType.NUMBER_STORED_AS_TEXT);
					case NUMBER -> {
					}
				}
			}
		}
		this.sheet = null;
	}

}
