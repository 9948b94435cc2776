package news.tenor.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import news.tenor.mentions.RunMentions;
import news.tenor.run.RunFigures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cell;
import static news.tenor.TenorRuns.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The workbook's mentions from stored comment-entity rows: the Mentions sheet in the
 * order of Comments and linked to it, one row per entity with its figures, and the
 * Overview's most mentioned people and organisations against the previous period.
 */
class MentionsReportTest {

	static final String MODEL = "corenlp-4.5.10/sr/maxlen-80/calibrated-v2";

	static final long RUN = 3;

	static final LocalDate JAN_14 = LocalDate.of(2026, 1, 14);

	static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

	@TempDir
	static Path folder;

	static ReportDatabase db;

	static XSSFWorkbook book;

	static RunFigures figures;

	/**
	 * Two days of the run: Koizumi named in three comments of two articles (twice in the
	 * first), positive twice and negative once; Hegseth and the LDP once each, Japan (a
	 * place) once. The two days before: Koizumi twice, negative both times. Another run's
	 * article of the 15th names him too and stays out.
	 */
	@BeforeAll
	static void writeTheWorkbook() throws Exception {
		db = new ReportDatabase(folder.resolve("data"));
		long visit = article(JAN_14, "Koizumi visits Washington", true);
		mention(comment(visit, 1, 0.2), "Shinjiro Koizumi", "PERSON", "Koizumi; Koizumi’s", 2, 0.5, 4);
		mention(comment(visit, 1, 0.2), "Pete Hegseth", "PERSON", "Hegseth", 1, -0.4, 0);
		mention(comment(visit, 2, 0.3), "Shinjiro Koizumi", "PERSON", "Mr. Koizumi", 1, 0.3, 3);
		mention(comment(visit, 3, -0.2), "LDP", "ORGANISATION", "LDP", 1, -0.2, 1);
		comment(visit, 4, 0.0);
		long budget = article(JAN_15, "Budget passes", true);
		mention(comment(budget, 1, -0.3), "Shinjiro Koizumi", "PERSON", "Koizumi", 1, -0.3, 1);
		mention(comment(budget, 2, 0.1), "Japan", "PLACE", "Japan", 1, 0.1, 2);
		long before = article(LocalDate.of(2026, 1, 13), "Koizumi under fire", false);
		mention(comment(before, 1, -0.6), "Shinjiro Koizumi", "PERSON", "Koizumi", 1, -0.6, 0);
		mention(comment(before, 2, -0.5), "Shinjiro Koizumi", "PERSON", "Koizumi", 1, -0.5, 1);
		long other = article(JAN_15, "Another run's article", false);
		db.addToRun(RUN + 1, other);
		mention(comment(other, 1, 0.9), "Shinjiro Koizumi", "PERSON", "Koizumi", 1, 0.9, 4);

		Path file = folder.resolve("reports/tenor.xlsx");
		figures = new ReportWorkbook(db.queries()).write(file, ReportScope.of(RUN, MODEL), ReportFixtures.run(), false);
		book = new XSSFWorkbook(file.toFile());
	}

	@AfterAll
	static void close() throws Exception {
		book.close();
		db.close();
	}

	private static long comments;

	private static long article(LocalDate day, String title, boolean inRun) {
		long id = db.article("Japan Today", day, "politics", title);
		if (inRun) {
			db.addToRun(RUN, id);
		}
		return id;
	}

	/** The comment at the position, stored once. */
	private static long comment(long article, int position, double score) {
		List<Long> ids = db.jdbc.queryForList("SELECT id FROM comment WHERE article_id = ? AND position = ?",
				Long.class, article, position);
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		comments++;
		long id = db.comment(article, position, "Comment " + comments, "Comment " + comments, null, null, 0, 0);
		db.score(id, MODEL, score > 0.05 ? 3 : score < -0.05 ? 1 : 2, score, 1, 0);
		return id;
	}

	private static void mention(long comment, String name, String type, String written, int mentions, double score,
			int label) {
		db.jdbc.update(
				"INSERT INTO mention (comment_id, model, name, type, as_written, mentions, score, label) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				comment, RunMentions.modelKey(MODEL), name, type, written, mentions, score, label);
	}

	@Test
	void theMentionsSheetFollowsTheCommentsAndLinksToThem() {
		Sheet mentions = book.getSheet("Mentions");
		assertThat(headers(mentions)).containsExactly("Title", "Published", "Comment #", "Name", "Type", "As written",
				"Score", "Sentiment", "Comment link");
		List<String> rows = new ArrayList<>();
		Sheet commentsSheet = book.getSheet("Comments");
		for (int r = 1; r <= mentions.getLastRowNum(); r++) {
			Row row = mentions.getRow(r);
			int position = (int) cell(mentions, row, "Comment #").getNumericCellValue();
			rows.add(cell(mentions, row, "Title").getStringCellValue() + " #" + position + " "
					+ cell(mentions, row, "Name").getStringCellValue() + " ("
					+ cell(mentions, row, "Type").getStringCellValue() + ") "
					+ cell(mentions, row, "Sentiment").getStringCellValue());
			String address = FormulaLinks.address(cell(mentions, row, "Comment link"));
			Row target = commentsSheet.getRow(Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1);
			assertThat(cell(commentsSheet, target, "Title").getStringCellValue())
				.isEqualTo(cell(mentions, row, "Title").getStringCellValue());
			assertThat((int) cell(commentsSheet, target, "Comment #").getNumericCellValue()).isEqualTo(position);
		}
		assertThat(rows).containsExactly("Koizumi visits Washington #1 Pete Hegseth (Person) Very negative",
				"Koizumi visits Washington #1 Shinjiro Koizumi (Person) Very positive",
				"Koizumi visits Washington #2 Shinjiro Koizumi (Person) Positive",
				"Koizumi visits Washington #3 LDP (Organisation) Negative",
				"Budget passes #1 Shinjiro Koizumi (Person) Negative", "Budget passes #2 Japan (Place) Neutral");
	}

	@Test
	void eachEntityHasOneRowWithItsFigures() {
		Sheet entities = book.getSheet("People, organisations, places");
		Row koizumi = entities.getRow(1);
		assertThat(cell(entities, koizumi, "Name").getStringCellValue()).isEqualTo("Shinjiro Koizumi");
		assertThat(cell(entities, koizumi, "Articles").getNumericCellValue()).isEqualTo(2);
		assertThat(cell(entities, koizumi, "Comments").getNumericCellValue()).isEqualTo(3);
		assertThat(cell(entities, koizumi, "Mentions").getNumericCellValue()).isEqualTo(4);
		assertThat(cell(entities, koizumi, "Mean score").getNumericCellValue()).isCloseTo(0.5 / 3, within(1e-9));
		assertThat(cell(entities, koizumi, "Net sentiment").getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(cell(entities, koizumi, "Net sentiment 95% from").getNumericCellValue()).isLessThan(1.0 / 3);
		assertThat(cell(entities, koizumi, "Net sentiment 95% to").getNumericCellValue()).isGreaterThan(1.0 / 3);
		assertThat(cell(entities, koizumi, "Most positive comment").getStringCellValue())
			.isEqualTo("Comment 1: Koizumi visits Washington");
		assertThat(cell(entities, koizumi, "Most positive score").getNumericCellValue()).isEqualTo(0.5);
		assertThat(cell(entities, koizumi, "Most negative comment").getStringCellValue())
			.isEqualTo("Comment 1: Budget passes");
		assertThat(cell(entities, koizumi, "Most negative comment").getHyperlink().getAddress())
			.isEqualTo("'Comments'!A6");
		assertThat(cell(entities, koizumi, "First mentioned").getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(JAN_14);
		assertThat(cell(entities, koizumi, "Last mentioned").getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(JAN_15);
		assertThat(entities.getLastRowNum()).isEqualTo(4);
	}

	@Test
	void theOverviewComparesTheMostMentionedWithThePreviousPeriod() {
		XSSFSheet overview = book.getSheet("Overview");
		int section = -1;
		for (Row row : overview) {
			if (row.getCell(0) != null && OverviewSheet.MOST_MENTIONED.equals(row.getCell(0).getStringCellValue())) {
				section = row.getRowNum();
			}
		}
		assertThat(section).isNotNegative();
		Row koizumi = overview.getRow(section + 2);
		assertThat(koizumi.getCell(0).getStringCellValue()).isEqualTo("Shinjiro Koizumi");
		assertThat(koizumi.getCell(2).getNumericCellValue()).isEqualTo(3);
		assertThat(koizumi.getCell(3).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
		// before: two comments, both negative
		assertThat(koizumi.getCell(6).getNumericCellValue()).isEqualTo(-1.0);
		assertThat(koizumi.getCell(7).getNumericCellValue()).isCloseTo(133.33, within(0.01));
		assertThat(koizumi.getCell(8).getStringCellValue()).isIn("beyond noise", "within noise");
		List<String> names = new ArrayList<>();
		for (int r = section + 2; overview.getRow(r) != null && overview.getRow(r).getCell(0) != null; r++) {
			names.add(overview.getRow(r).getCell(0).getStringCellValue());
		}
		// places are left to the entity sheet; Hegseth and the LDP were not named before
		assertThat(names).containsExactly("Shinjiro Koizumi", "LDP", "Pete Hegseth");
		assertThat(overview.getRow(section + 3).getCell(6).getStringCellValue()).isEqualTo("not named");
		XSSFChart chart = overview.getDrawingPatriarch()
			.getCharts()
			.stream()
			.filter(c -> c.getTitleText() != null
					&& OverviewSheet.MOST_MENTIONED_CHART.equals(c.getTitleText().getString()))
			.findFirst()
			.orElseThrow();
		assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
		assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(3);
	}

	@Test
	void theRunKeepsTheThreeMostMentionedForTheMail() {
		assertThat(figures.mostMentioned()).extracting(RunFigures.Mentioned::name)
			.containsExactly("Shinjiro Koizumi", "LDP", "Pete Hegseth");
		assertThat(figures.mostMentioned().get(0).comments()).isEqualTo(3);
		assertThat(figures.mostMentioned().get(0).netSentiment()).isCloseTo(1.0 / 3, within(1e-9));
	}

}
