package news.tenor.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cell;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calibrated score reads English only: a Japanese and a French comment are kept,
 * shown with their language and a note, counted, and left out of every figure; of a
 * comment that mixes Japanese and English, the English sentences are scored. The
 * sentences in another language are not even parsed.
 */
class EnglishOnlyFunctionalTests {

	@TempDir
	static Path work;

	static TenorRuns.Result run;

	static long parses;

	@BeforeAll
	static void aRunOverJapaneseFrenchMixedAndEnglishComments() throws IOException {
		Path archive = Files.createDirectories(work.resolve("archive"));
		Files.writeString(archive.resolve("2026-01-15-defense.txt"), """
				 date 2026-01-15  Japan Today
				politics

				Cabinet approves record defense budget

				The Cabinet on Thursday approved a record defense budget for the next fiscal year.

				©2026 GPlusMedia Inc.

				日本の防衛費の増額には反対です。税金の無駄遣いだ。

				5 ( +7 / -2 )

				Je ne suis pas d'accord avec cette décision du gouvernement. C'est de l'argent jeté par les fenêtres.

				3 ( +3 / -0 )

				防衛費はもっと国会で議論すべきだ。 I think the government is wasting our taxes on missiles. Agreed?

				4 ( +5 / -1 )

				Well said. The budget is a disgrace and nobody voted for it.

				2 ( +2 / -0 )
				""");
		long before = SentimentPipeline.parsesInThisJvm();
		run = TenorRuns.run("run", "--input", archive.toString(), "--output", work.resolve("reports").toString(),
				"--data-dir", work.resolve("data").toString());
		parses = SentimentPipeline.parsesInThisJvm() - before;
		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
	}

	@Test
	void theJapaneseAndTheFrenchCommentAreKeptNotScoredAndNoted() throws IOException {
		List<Map<String, Object>> scores = TenorRuns.withDatabase(work.resolve("data"),
				jdbc -> jdbc.queryForList(
						"SELECT c.position, s.label, s.score, s.languages, s.not_english, s.sentences, s.calibration "
								+ "FROM comment c JOIN comment_score s ON s.comment_id = c.id ORDER BY c.position"));
		assertThat(scores).hasSize(4);
		assertThat(scores.get(0)).containsEntry("LABEL", null)
			.containsEntry("SCORE", null)
			.containsEntry("LANGUAGES", "Japanese");
		assertThat(scores.get(1)).containsEntry("LABEL", null).containsEntry("LANGUAGES", "French");
		assertThat(((Number) scores.get(1).get("NOT_ENGLISH")).intValue()).isEqualTo(2);
		try (InputStream in = Files.newInputStream(run.workbook()); Workbook book = WorkbookFactory.create(in)) {
			Sheet comments = book.getSheet("Comments");
			Row japanese = comments.getRow(1);
			assertThat(cell(comments, japanese, "Language").getStringCellValue()).isEqualTo("Japanese");
			assertThat(cell(comments, japanese, "Note").getStringCellValue())
				.startsWith("not in English (Japanese): kept, not scored");
			assertThat(cell(comments, japanese, "Sentiment")).isNull();
			assertThat(cell(comments, comments.getRow(2), "Note").getStringCellValue())
				.startsWith("not in English (French)");
			Sheet overview = book.getSheet("Overview");
			assertThat(text(overview, "Not in English"))
				.isEqualTo("2 comments not in English: kept, not scored, left out of every figure");
			assertThat(number(overview, "Comments scored")).isEqualTo(2);
			assertThat(number(overview, "Comments not in English (kept, not scored)")).isEqualTo(2);
		}
	}

	@Test
	void ofTheMixedCommentTheEnglishSentencesAreScoredAndTheOthersNotParsed() {
		Map<String, Object> mixed = TenorRuns.withDatabase(work.resolve("data"),
				jdbc -> jdbc
					.queryForMap("SELECT s.label, s.languages, s.not_english, s.sentences, s.unscored FROM comment c "
							+ "JOIN comment_score s ON s.comment_id = c.id WHERE c.position = 3"));
		assertThat(mixed.get("LABEL")).isNotNull();
		assertThat(mixed).containsEntry("LANGUAGES", "English, Japanese");
		assertThat(((Number) mixed.get("NOT_ENGLISH")).intValue()).isEqualTo(1);
		assertThat(((Number) mixed.get("SENTENCES")).intValue()).isEqualTo(3);
		assertThat(((Number) mixed.get("UNSCORED")).intValue()).isZero();
		// the mixed comment's two English sentences and the last comment's two; no
		// Japanese or French sentence reached the parser
		assertThat(parses).isEqualTo(4);
		assertThat(run.out()).contains("sentences: 4 parsed");
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

	private static String text(Sheet sheet, String label) {
		return row(sheet, label).getCell(1).getStringCellValue();
	}

	private static double number(Sheet sheet, String label) {
		return row(sheet, label).getCell(1).getNumericCellValue();
	}

}
