package news.tenor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import news.tenor.scoring.Sentiment;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the comment-sentiment workbook. Rows are streamed (SXSSF) straight from the
 * queries, and the file is written next to its final name and moved into place at the
 * end, so an editor never finds a half-written workbook.
 */
@Component
public class ReportWorkbook {

	/** Excel's cell limit; longer comments are cut with a visible mark. */
	private static final int MAX_CELL_CHARS = 32_767;

	/** Excel's row limit, header included. */
	static final int MAX_ROWS = 1_048_576;

	private final ReportQueries queries;

	public ReportWorkbook(ReportQueries queries) {
		this.queries = queries;
	}

	/**
	 * Writes the workbook of a job instance to {@code target}.
	 * @param overwrite whether an existing file of that name may be replaced
	 */
	public void write(Path target, long jobInstanceId, String model, RunSummary run, boolean overwrite)
			throws IOException {
		if (Files.exists(target) && !overwrite) {
			throw new FileAlreadyExistsException(target.toString(), null,
					"a report of that name exists already (pass --overwrite to replace it)");
		}
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			writeArticles(workbook, styles, jobInstanceId, model);
			writeComments(workbook, styles, jobInstanceId, model);
			writeRejected(workbook, styles, jobInstanceId);
			writeRun(workbook, styles, run);
			try (OutputStream out = Files.newOutputStream(partial)) {
				workbook.write(out);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private void writeArticles(SXSSFWorkbook workbook, Styles styles, long jobInstanceId, String model) {
		SXSSFSheet sheet = workbook.createSheet("Articles");
		String[] headers = { "Title", "Published", "Source", "Category", "Comments", "Scored", "Up", "Down", "Score",
				"Vote-weighted score", "Controversy", Sentiment.VERY_NEGATIVE.label(), Sentiment.NEGATIVE.label(),
				Sentiment.NEUTRAL.label(), Sentiment.POSITIVE.label(), Sentiment.VERY_POSITIVE.label(),
				"Comments link" };
		int[] widths = { 60, 12, 18, 14, 10, 8, 8, 8, 8, 10, 11, 9, 9, 9, 9, 9, 14 };
		header(sheet, styles, headers, widths);
		CreationHelper helper = workbook.getCreationHelper();
		int[] r = { 1 };
		this.queries.articles(jobInstanceId, model, a -> {
			Row row = sheet.createRow(r[0]++);
			text(row, 0, a.title(), styles.text);
			date(row, 1, a.published(), styles.date);
			text(row, 2, a.source(), styles.text);
			text(row, 3, a.category(), styles.text);
			row.createCell(4).setCellValue(a.comments());
			row.createCell(5).setCellValue(a.scored());
			row.createCell(6).setCellValue(a.up());
			row.createCell(7).setCellValue(a.down());
			number(row, 8, a.score(), styles.score);
			number(row, 9, a.voteWeighted(), styles.score);
			number(row, 10, a.controversy(), styles.score);
			for (int k = 0; k < 5; k++) {
				number(row, 11 + k, a.scored() == 0 ? null : a.shares()[k], styles.percent);
			}
			if (a.firstCommentRow() > 0 && a.firstCommentRow() < MAX_ROWS) {
				Cell link = row.createCell(16);
				link.setCellValue("Comments");
				Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
				hyperlink.setAddress("'Comments'!A" + a.firstCommentRow());
				link.setHyperlink(hyperlink);
				link.setCellStyle(styles.link);
			}
		});
		finish(sheet, headers.length, r[0]);
	}

	private void writeComments(SXSSFWorkbook workbook, Styles styles, long jobInstanceId, String model) {
		SXSSFSheet sheet = workbook.createSheet("Comments");
		String[] headers = { "Title", "Published", "Comment #", "Net votes", "Up", "Down", "Sentiment", "Score", "Text",
				"Own words", "Quoted", "Quotes", "Sentences", "Unscored sentences", "Note" };
		int[] widths = { 40, 12, 10, 9, 7, 7, 13, 8, 80, 60, 40, 12, 10, 10, 22 };
		header(sheet, styles, headers, widths);
		int[] r = { 1 };
		this.queries.comments(jobInstanceId, model, c -> {
			if (r[0] >= MAX_ROWS) {
				return;
			}
			Row row = sheet.createRow(r[0]++);
			text(row, 0, c.title(), styles.text);
			date(row, 1, c.published(), styles.date);
			row.createCell(2).setCellValue(c.position());
			integer(row, 3, c.net());
			integer(row, 4, c.up());
			integer(row, 5, c.down());
			text(row, 6, c.label() == null ? null : Sentiment.ofClass(c.label()).label(), styles.text);
			number(row, 7, c.score(), styles.score);
			text(row, 8, c.text(), styles.wrapped);
			text(row, 9, c.ownText(), styles.wrapped);
			text(row, 10, c.quotedText(), styles.wrapped);
			text(row, 11, c.quotes(), styles.text);
			row.createCell(12).setCellValue(c.sentences());
			row.createCell(13).setCellValue(c.unscored());
			String note = c.ownText() == null ? "no own words" : c.unscored() > 0 ? "unscored sentences" : null;
			if (c.net() == null) {
				note = note == null ? "votes unknown" : note + "; votes unknown";
			}
			text(row, 14, note, styles.text);
		});
		finish(sheet, headers.length, r[0]);
	}

	private void writeRejected(SXSSFWorkbook workbook, Styles styles, long jobInstanceId) {
		SXSSFSheet sheet = workbook.createSheet("Rejected");
		String[] headers = { "File", "Line", "Reason" };
		header(sheet, styles, headers, new int[] { 60, 8, 90 });
		int[] r = { 1 };
		this.queries.rejects(jobInstanceId, reject -> {
			Row row = sheet.createRow(r[0]++);
			text(row, 0, reject.location(), styles.text);
			integer(row, 1, reject.line());
			text(row, 2, reject.reason(), styles.text);
		});
		finish(sheet, headers.length, r[0]);
	}

	private void writeRun(SXSSFWorkbook workbook, Styles styles, RunSummary run) {
		SXSSFSheet sheet = workbook.createSheet("Run");
		header(sheet, styles, new String[] { "Item", "Value", "Started", "Duration (s)" },
				new int[] { 32, 60, 20, 12 });
		int r = 1;
		r = pair(sheet, r, "Job", run.jobName(), styles);
		r = pair(sheet, r, "Job instance", Long.toString(run.jobInstanceId()), styles);
		r = pair(sheet, r, "Job execution", Long.toString(run.jobExecutionId()), styles);
		Row started = sheet.createRow(r++);
		text(started, 0, "Started", styles.text);
		dateTime(started, 1, run.started(), styles.dateTime);
		for (Map.Entry<String, String> p : run.parameters().entrySet()) {
			r = pair(sheet, r, "Parameter " + p.getKey(), p.getValue(), styles);
		}
		for (RunSummary.StepTime step : run.steps()) {
			Row row = sheet.createRow(r++);
			text(row, 0, "Step " + step.step(), styles.text);
			text(row, 1, step.status(), styles.text);
			dateTime(row, 2, step.started(), styles.dateTime);
			if (step.duration() != null) {
				Cell cell = row.createCell(3);
				cell.setCellValue(step.duration().toMillis() / 1000.0);
				cell.setCellStyle(styles.seconds);
			}
		}
		for (Map.Entry<String, Long> count : run.counts().entrySet()) {
			Row row = sheet.createRow(r++);
			text(row, 0, count.getKey(), styles.text);
			row.createCell(1).setCellValue(count.getValue());
		}
		for (Map.Entry<String, String> version : run.versions().entrySet()) {
			r = pair(sheet, r, version.getKey(), version.getValue(), styles);
		}
		sheet.createFreezePane(0, 1);
	}

	private static int pair(Sheet sheet, int r, String item, String value, Styles styles) {
		Row row = sheet.createRow(r);
		text(row, 0, item, styles.text);
		text(row, 1, value, styles.text);
		return r + 1;
	}

	private static void header(Sheet sheet, Styles styles, String[] headers, int[] widths) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < headers.length; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(headers[c]);
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private static void finish(Sheet sheet, int columns, int rows) {
		sheet.createFreezePane(1, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns - 1));
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		cell.setCellValue(value.length() > MAX_CELL_CHARS ? value.substring(0, MAX_CELL_CHARS - 1) + "\u2026" : value);
		cell.setCellStyle(style);
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static void dateTime(Row row, int column, LocalDateTime value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static void number(Row row, int column, Double value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static void integer(Row row, int column, Integer value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	/** Cell styles, created once per workbook and shared by every cell. */
	private static final class Styles {

		final CellStyle header;

		final CellStyle text;

		final CellStyle wrapped;

		final CellStyle date;

		final CellStyle dateTime;

		final CellStyle score;

		final CellStyle percent;

		final CellStyle seconds;

		final CellStyle link;

		Styles(SXSSFWorkbook workbook) {
			CreationHelper helper = workbook.getCreationHelper();
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setVerticalAlignment(VerticalAlignment.TOP);
			this.text = workbook.createCellStyle();
			this.text.setVerticalAlignment(VerticalAlignment.TOP);
			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
			this.wrapped.setVerticalAlignment(VerticalAlignment.TOP);
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
			this.date.setVerticalAlignment(VerticalAlignment.TOP);
			this.dateTime = workbook.createCellStyle();
			this.dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			this.score = workbook.createCellStyle();
			this.score.setDataFormat(helper.createDataFormat().getFormat("0.00"));
			this.score.setVerticalAlignment(VerticalAlignment.TOP);
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(helper.createDataFormat().getFormat("0%"));
			this.seconds = workbook.createCellStyle();
			this.seconds.setDataFormat(helper.createDataFormat().getFormat("0.0"));
			Font blue = workbook.createFont();
			blue.setUnderline(Font.U_SINGLE);
			blue.setColor(IndexedColors.BLUE.getIndex());
			this.link = workbook.createCellStyle();
			this.link.setFont(blue);
		}

	}

}
