package news.tenor.mentions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.scoring.SentimentPipeline;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cell;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's Done-when through the real job on the bundled sample: who the readers talk
 * about is in the database and the workbook (Mentions, People and organisations, the
 * Overview), Koizumi and Hegseth each one person under one name, the LDP an organisation,
 * comment 1 positive about Koizumi and negative about Hegseth; and a rerun runs the
 * recogniser on nothing and parses nothing.
 */
class MentionsFunctionalTests {

	@TempDir
	static Path work;

	static TenorRuns.Result first;

	static TenorRuns.Result rerun;

	static long recognisedFirst;

	static long recognisedRerun;

	static long parsedRerun;

	@BeforeAll
	static void theSampleRunTwice() {
		String data = work.resolve("data").toString();
		long before = EntityRecogniser.recognisedInThisJvm();
		first = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				work.resolve("reports").toString(), "--data-dir", data);
		assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
		recognisedFirst = EntityRecogniser.recognisedInThisJvm() - before;

		before = EntityRecogniser.recognisedInThisJvm();
		long parses = SentimentPipeline.parsesInThisJvm();
		rerun = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				work.resolve("rerun").toString(), "--data-dir", data);
		assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
		recognisedRerun = EntityRecogniser.recognisedInThisJvm() - before;
		parsedRerun = SentimentPipeline.parsesInThisJvm() - parses;
	}

	@Test
	void aRerunRunsTheRecogniserOnNothingAndParsesNothing() {
		assertThat(recognisedFirst).isPositive();
		assertThat(recognisedRerun).isZero();
		assertThat(parsedRerun).isZero();
		// the rerun still has every mention: from the cache
		long rows = TenorRuns.withDatabase(work.resolve("data"),
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM mention", Long.class));
		assertThat(rows).isPositive();
	}

	@Test
	void everySentenceIsTaggedOnceAndTheArticleToo() {
		Map<String, Object> cached = TenorRuns.withDatabase(work.resolve("data"), jdbc -> jdbc.queryForMap("""
				SELECT (SELECT COUNT(DISTINCT sentence_id) FROM comment_sentence) AS sentences,
				       (SELECT COUNT(*) FROM sentence_mentions WHERE model = 'corenlp-4.5.10/ner-3class') AS tagged,
				       (SELECT COUNT(*) FROM article_mentions) AS articles
				"""));
		assertThat(cached.get("TAGGED")).isEqualTo(cached.get("SENTENCES"));
		assertThat(((Number) cached.get("ARTICLES")).intValue()).isEqualTo(1);
	}

	@Test
	void theMentionsSheetHasKoizumiHegsethAndTheLdp() throws IOException {
		try (InputStream in = Files.newInputStream(first.workbook()); Workbook book = WorkbookFactory.create(in)) {
			Sheet mentions = book.getSheet("Mentions");
			assertThat(mentions).isNotNull();
			assertThat(TenorRuns.headers(mentions)).containsExactly("Title", "Published", "Comment #", "Name", "Type",
					"As written", "Score", "Sentiment", "Comment link");
			List<Row> koizumi = rows(mentions, "Name", "Shinjiro Koizumi");
			List<Row> hegseth = rows(mentions, "Name", "Pete Hegseth");
			assertThat(koizumi).isNotEmpty();
			assertThat(hegseth).isNotEmpty();
			koizumi.forEach(r -> assertThat(text(mentions, r, "Type")).isEqualTo("Person"));
			hegseth.forEach(r -> assertThat(text(mentions, r, "Type")).isEqualTo("Person"));
			// one name each: no other row names either by another form
			for (Row row : data(mentions)) {
				String name = text(mentions, row, "Name");
				if (text(mentions, row, "As written").contains("Koizumi")) {
					assertThat(name).isEqualTo("Shinjiro Koizumi");
				}
				if (text(mentions, row, "As written").contains("Hegseth")) {
					assertThat(name).isEqualTo("Pete Hegseth");
				}
			}
			// the same person in comments 1 and 4 ("Koizumi junior")
			assertThat(koizumi.stream().map(r -> (int) number(mentions, r, "Comment #"))).contains(1, 4);
			List<Row> ldp = rows(mentions, "Name", "LDP");
			assertThat(ldp).isNotEmpty();
			ldp.forEach(r -> assertThat(text(mentions, r, "Type")).isEqualTo("Organisation"));

			Row koizumiInOne = inComment(mentions, koizumi, 1);
			Row hegsethInOne = inComment(mentions, hegseth, 1);
			assertThat(number(mentions, koizumiInOne, "Score")).isPositive();
			assertThat(text(mentions, koizumiInOne, "Sentiment")).isIn("Positive", "Very positive");
			assertThat(number(mentions, hegsethInOne, "Score")).isNegative();
			assertThat(text(mentions, hegsethInOne, "Sentiment")).isIn("Negative", "Very negative");
			// the link lands on comment 1's row of the Comments sheet
			Cell link = cell(mentions, koizumiInOne, "Comment link");
			String address = news.tenor.report.FormulaLinks.address(link);
			assertThat(address).startsWith("'Comments'!A");
			Sheet comments = book.getSheet("Comments");
			Row target = comments.getRow(Integer.parseInt(address.substring(address.indexOf("!A") + 2)) - 1);
			assertThat((int) cell(comments, target, "Comment #").getNumericCellValue()).isEqualTo(1);
		}
	}

	@Test
	void theSummarySheetHasOneRowPerEntity() throws IOException {
		try (InputStream in = Files.newInputStream(first.workbook()); Workbook book = WorkbookFactory.create(in)) {
			Sheet entities = book.getSheet("People, organisations, places");
			assertThat(entities).isNotNull();
			List<Row> koizumi = rows(entities, "Name", "Shinjiro Koizumi");
			assertThat(koizumi).hasSize(1);
			Row row = koizumi.get(0);
			assertThat(text(entities, row, "Type")).isEqualTo("Person");
			assertThat(number(entities, row, "Comments")).isGreaterThanOrEqualTo(2);
			assertThat(number(entities, row, "Articles")).isEqualTo(1);
			assertThat(cell(entities, row, "Net sentiment 95% from")).isNotNull();
			assertThat(cell(entities, row, "Most positive comment").getHyperlink()).isNotNull();
			assertThat(cell(entities, row, "First mentioned").getLocalDateTimeCellValue().toLocalDate())
				.hasToString("2026-01-15");
			assertThat(rows(entities, "Name", "Pete Hegseth")).hasSize(1);
			assertThat(rows(entities, "Name", "LDP")).hasSize(1);
		}
	}

	@Test
	void theOverviewNamesTheMostMentionedWithAChart() throws IOException {
		try (InputStream in = Files.newInputStream(first.workbook()); Workbook book = WorkbookFactory.create(in)) {
			XSSFSheet overview = (XSSFSheet) book.getSheet("Overview");
			int section = -1;
			for (Row row : overview) {
				if (row.getCell(0) != null
						&& "Most mentioned people and organisations".equals(row.getCell(0).getStringCellValue())) {
					section = row.getRowNum();
				}
			}
			assertThat(section).as("the Overview's section").isNotNegative();
			List<String> names = new ArrayList<>();
			for (int r = section + 2; overview.getRow(r) != null && overview.getRow(r).getCell(0) != null; r++) {
				names.add(overview.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).contains("Shinjiro Koizumi", "Pete Hegseth");
			List<XSSFChart> charts = overview.getDrawingPatriarch().getCharts();
			assertThat(charts.stream().map(c -> c.getTitleText() == null ? "" : c.getTitleText().getString()))
				.contains("Most mentioned: net sentiment");
		}
	}

	/**
	 * A data folder scored before mentions existed: its sentences have scores (here
	 * CoreNLP's, from a {@code corenlp} run, which finds no mentions) and no mentions.
	 * The calibrated run that follows tags them without parsing any; and when the cached
	 * mentions are lost, the mentions step tags the comments' and the article's sentences
	 * again, alone, and parses nothing.
	 */
	@Test
	void turningMentionsOnForAnExistingDataFolderParsesNothingAgain() {
		Path data = work.resolve("older");
		TenorRuns.Result corenlp = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				work.resolve("older-reports").toString(), "--data-dir", data.toString(), "--scorer", "corenlp");
		assertThat(corenlp.exitCode()).as(corenlp.out() + corenlp.err()).isZero();
		long noMentions = TenorRuns.withDatabase(data,
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM sentence_mentions", Long.class));
		assertThat(noMentions).isZero();

		long recognised = EntityRecogniser.recognisedInThisJvm();
		long parses = SentimentPipeline.parsesInThisJvm();
		TenorRuns.Result calibrated = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				work.resolve("older-reports").toString(), "--data-dir", data.toString());
		assertThat(calibrated.exitCode()).as(calibrated.out() + calibrated.err()).isZero();
		assertThat(SentimentPipeline.parsesInThisJvm() - parses).isZero();
		// the 8 comment sentences and the article's 12
		assertThat(EntityRecogniser.recognisedInThisJvm() - recognised).isEqualTo(8 + 12);

		TenorRuns.withDatabase(data, jdbc -> {
			jdbc.update("DELETE FROM sentence_mentions");
			return jdbc.update("DELETE FROM article_mentions");
		});
		recognised = EntityRecogniser.recognisedInThisJvm();
		parses = SentimentPipeline.parsesInThisJvm();
		TenorRuns.Result again = TenorRuns.run("run", "--input", TenorRuns.SAMPLE.toString(), "--output",
				work.resolve("older-reports").toString(), "--data-dir", data.toString());
		assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
		assertThat(SentimentPipeline.parsesInThisJvm() - parses).isZero();
		assertThat(EntityRecogniser.recognisedInThisJvm() - recognised).isEqualTo(8 + 12);
		List<Map<String, Object>> koizumi = TenorRuns.withDatabase(data, jdbc -> jdbc.queryForList(
				"SELECT c.position FROM mention m JOIN comment c ON c.id = m.comment_id WHERE m.name = 'Shinjiro Koizumi'"
						+ " ORDER BY c.position"));
		assertThat(koizumi).extracting(r -> ((Number) r.get("POSITION")).intValue()).contains(1, 4);
	}

	private static List<Row> data(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			rows.add(sheet.getRow(r));
		}
		return rows;
	}

	private static List<Row> rows(Sheet sheet, String header, String value) {
		return data(sheet).stream().filter(r -> value.equals(text(sheet, r, header))).toList();
	}

	private static Row inComment(Sheet sheet, List<Row> rows, int comment) {
		return rows.stream()
			.filter(r -> (int) number(sheet, r, "Comment #") == comment)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for comment " + comment));
	}

	private static String text(Sheet sheet, Row row, String header) {
		Cell cell = cell(sheet, row, header);
		return cell == null ? null : cell.getStringCellValue();
	}

	private static double number(Sheet sheet, Row row, String header) {
		return cell(sheet, row, header).getNumericCellValue();
	}

}
