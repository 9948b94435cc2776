package news.tenor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import news.tenor.run.RunFigures;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes the comment-sentiment workbook: Overview, Articles, Comments, Mentions, People,
 * organisations, places, Trend, Rejected, Run.
 *
 * <p>
 * The Overview holds charts, so the workbook is an XSSF workbook with the Overview in it,
 * wrapped in an SXSSF workbook that streams every other sheet straight from the queries
 * (a window of rows in memory, the rest in temporary files, compressed for a large
 * report): memory does not grow with the number of comments. The comments are read once:
 * each article's row is added up from its comments as they stream to the Comments sheet.
 * The Overview's figures are gathered on the way, and it is filled last.
 *
 * <p>
 * The file is written under a hidden temporary name next to its final one and moved into
 * place when complete, so an editor never finds a half-written workbook; an existing
 * workbook of the same name is replaced only when asked.
 */
@Component
public class ReportWorkbook {

	/** Rows of a streamed sheet kept in memory. */
	private static final int WINDOW = 100;

	/**
	 * Comments above which the streamed sheets' temporary files are compressed: about a
	 * kilobyte of XML per comment would otherwise take several times the workbook's size
	 * on disk. Below it, compressing costs more time than the disk is worth.
	 */
	static final long COMPRESS_TEMPORARY_FILES_ABOVE = 100_000;

	private static final Logger log = LoggerFactory.getLogger(ReportWorkbook.class);

	private final ReportQueries queries;

	private final int maxRows;

	@Autowired
	public ReportWorkbook(ReportQueries queries) {
		this(queries, Table.EXCEL_MAX_ROWS);
	}

	/**
	 * @param maxRows rows per sheet, header included: Excel's limit, smaller to test how
	 * long tables are split
	 */
	ReportWorkbook(ReportQueries queries, int maxRows) {
		this.queries = queries;
		this.maxRows = maxRows;
	}

	/**
	 * Writes the workbook of a report to {@code target} and returns its headline figures.
	 * @param overwrite whether an existing file of that name may be replaced
	 */
	public RunFigures write(Path target, ReportScope scope, RunSummary run, boolean overwrite) throws IOException {
		if (!overwrite && Files.exists(target)) {
			throw exists(target);
		}
		ReportWarmUp.await();
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// not createTempFile: its owner-only permissions would follow the file into place
		Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
		try {
			RunFigures figures;
			try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
				figures = write(out, scope, run);
			}
			publish(partial, target, overwrite);
			return figures;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	RunFigures write(OutputStream out, ReportScope scope, RunSummary run) throws IOException {
		long start = System.nanoTime();
		XSSFWorkbook base = new XSSFWorkbook();
		XSSFSheet overview = base.createSheet(OverviewSheet.NAME);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW)) {
			workbook.setCompressTempFiles(this.queries.comments(scope) > COMPRESS_TEMPORARY_FILES_ABOVE);
			Styles styles = new Styles(base);
			ReportFigures figures = new ReportFigures();
			ArticlesSheet.Writer articleRows = new ArticlesSheet.Writer(workbook, styles, figures, this.maxRows);
			CommentRows named = new CommentRows(this.queries.commentsWithMentions(scope), this.maxRows);
			Table comments = CommentsSheet.write(workbook, styles, this.queries, scope, this.maxRows, articleRows,
					named);
			keepTogether(workbook, articleRows.finish().sheets());
			Table mentions = MentionsSheet.write(workbook, styles, this.queries, scope, this.maxRows, named, figures);
			Table entities = EntitiesSheet.write(workbook, styles, figures, this.maxRows);
			long tablesDone = System.nanoTime();
			Period period = scope.period(figures.firstDay(), figures.lastDay());
			TrendSheet.Daily daily = TrendSheet.write(workbook, styles, figures, period, this.maxRows);
			Table rejected = RejectedSheet.write(workbook, styles, this.queries, scope.jobInstanceId(), this.maxRows);
			Comparison comparison = Comparison.of(this.queries, scope, period, figures);
			figures.mentionedBefore(comparison.mentions(this.queries, scope, figures,
					figures.mostMentioned(ReportFigures.MOST_MENTIONED)));
			LocalDateTime written = LocalDateTime.now();

			Map<String, Object> report = new LinkedHashMap<>();
			report.put("Period", period == null ? "none (no articles)" : period.toString());
			report.put("Articles", figures.total().articles());
			report.put("Comments", figures.total().comments());
			report.put("Comments scored", figures.total().scored());
			report.put("Own-text sentences scored", figures.total().sentencesScored());
			report.put("Own-text sentences unscored", figures.total().unscoredSentences());
			report.put("Rejected inputs", rejected.rows());
			report.put("Comments sheets", String.join(", ", comments.sheets()));
			report.put("Comment-entity rows (Mentions)", mentions.rows());
			report.put("People, organisations and places named", entities.rows());
			report.put("Compared with", comparison.basis());
			RunSheet.write(workbook, styles, run, written, report);

			OverviewSheet.write(overview, styles, new OverviewSheet.Content(scope, period, figures, comparison, daily,
					comments.sheets(), this.maxRows, run, written));
			workbook.setActiveSheet(0);
			long filled = System.nanoTime();
			workbook.write(out);
			if (!ReportWarmUp.NAME.equals(run.jobName())) {
				log.info("Workbook of {} comments: articles and comments {} ms, other sheets {} ms, writing {} ms",
						comments.rows(), (tablesDone - start) / 1_000_000, (filled - tablesDone) / 1_000_000,
						(System.nanoTime() - filled) / 1_000_000);
			}
			return figures.headline();
		}
	}

	/**
	 * Moves the finished file into place in one step. Without overwrite, a hard link
	 * claims the name atomically and fails if another file took it meanwhile; where links
	 * are not supported, the name is checked just before the move.
	 */
	private static void publish(Path partial, Path target, boolean overwrite) throws IOException {
		if (overwrite) {
			try {
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return;
		}
		try {
			Files.createLink(target, partial);
			return;
		}
		catch (FileAlreadyExistsException ex) {
			throw exists(target);
		}
		catch (UnsupportedOperationException | IOException linksNotSupported) {
			// fall through
		}
		if (Files.exists(target)) {
			throw exists(target);
		}
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, target);
		}
	}

	/**
	 * Moves a table's continuation sheets right after its first one: the Articles sheet
	 * is written alongside the Comments sheet, so its own continuations (past a million
	 * articles) were created among the Comments sheets.
	 */
	private static void keepTogether(SXSSFWorkbook workbook, List<String> sheets) {
		int first = workbook.getSheetIndex(sheets.get(0));
		for (int i = 1; i < sheets.size(); i++) {
			workbook.setSheetOrder(sheets.get(i), first + i);
		}
	}

	private static FileAlreadyExistsException exists(Path target) {
		return new FileAlreadyExistsException(target.toString(), null,
				"a report of that name exists already (pass --overwrite to replace it)");
	}

}
