package news.tenor.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns.Result;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.cell;
import static news.tenor.TenorRuns.run;
import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job over a delivery that mixes what real archives hold (src/test/resources/archive/
 * mixed-delivery): good articles, the same article under two names, a later copy with
 * more comments, copies cut short, a legacy Windows-1252 file, a double-encoded file, two
 * wrongly encoded files, files that are not articles, a zip and a JSON Lines export. Then
 * a later delivery. Counts are read back from H2 and from the workbook.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestFunctionalTests {

	static final Path DELIVERY = Path.of("src/test/resources/archive/mixed-delivery").toAbsolutePath();

	static final Path LATER_DELIVERY = Path.of("src/test/resources/archive/mixed-delivery-later").toAbsolutePath();

	/**
	 * sample (5), rice (2 + 1 in its later copy), typhoon (3, the last one cut), cycling
	 * (3), café, expo, museum.
	 */
	static final long ARTICLES = 7;

	static final long COMMENTS = 5 + 3 + 3 + 3 + 1 + 2 + 2;

	/**
	 * The sample's three, the typhoon's quote of comment 1, the cycling quote-only
	 * comment.
	 */
	static final long QUOTING = 5;

	static final List<String> REJECTED = List.of("2026/01/17/001_mixed-encoding.txt",
			"2026/01/17/002_replacement-characters.txt", "archive-2025.zip!/2025/12/30/notes.txt", "cms-export.jsonl",
			"notes/empty.txt", "notes/header-only.txt", "notes/photo.jpg", "notes/readme.txt");

	@TempDir
	static Path work;

	static Path dataDir;

	static Result first;

	@BeforeAll
	static void runTheJobOverTheDelivery() {
		dataDir = work.resolve("data");
		first = run("run", "--input", DELIVERY.toString(), "--output", work.resolve("reports").toString(), "--data-dir",
				dataDir.toString());
		assertThat(first.exitCode()).as(first.err()).isZero();
	}

	static <T> T h2(String sql, Class<T> type) {
		return withDatabase(dataDir, jdbc -> jdbc.queryForObject(sql, type));
	}

	@Test
	@Order(1)
	void theRunSaysWhatItRead() {
		assertThat(first.out())
			.contains("18 entries read, 7 articles new, 1 updated, 2 unchanged, 19 comments new, " + "8 rejected");
	}

	@Test
	@Order(1)
	void everyArticleAndCommentIsStoredOnce() {
		assertThat(h2("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(ARTICLES);
		assertThat(h2("SELECT COUNT(*) FROM comment", Long.class)).isEqualTo(COMMENTS);
		assertThat(h2("SELECT COUNT(*) FROM (SELECT DISTINCT article_id, text FROM comment)", Long.class))
			.isEqualTo(COMMENTS);
		assertThat(h2("SELECT COUNT(*) FROM comment WHERE quotes IS NOT NULL", Long.class)).isEqualTo(QUOTING);
		assertThat(h2("SELECT COUNT(*) FROM comment WHERE own_text IS NULL", Long.class))
			.as("the quote-only and the link-only comment")
			.isEqualTo(2);
	}

	@Test
	@Order(1)
	void theLaterCopyBroughtItsCommentAndVotesAndTheCutCopyTookNothingAway() {
		List<Integer> riceVotes = withDatabase(dataDir,
				jdbc -> jdbc.queryForList("SELECT c.up_votes FROM comment c JOIN article a ON a.id = c.article_id "
						+ "WHERE a.title LIKE 'Rice prices%' ORDER BY c.position", Integer.class));
		assertThat(riceVotes).containsExactly(6, 2, 3);
		Map<String, Object> koizumi = withDatabase(dataDir,
				jdbc -> jdbc.queryForMap("SELECT c.text, c.net_votes FROM comment c JOIN article a "
						+ "ON a.id = c.article_id WHERE a.title LIKE 'Koizumi%' AND c.position = 4"));
		assertThat(koizumi).containsEntry("NET_VOTES", 1);
		assertThat(koizumi.get("TEXT").toString()).endsWith("Koizumi junior really lays it on thick");
	}

	@Test
	@Order(1)
	void legacyAndDoubleEncodedFilesAreStoredAsTheyWereWritten() {
		assertThat(h2("SELECT text FROM comment c JOIN article a ON a.id = c.article_id "
				+ "WHERE a.title LIKE 'Rice prices%' AND c.position = 1", String.class))
			.isEqualTo(
					"Caf\u00E9 prices, \u201Cstockpiles\u201D and \u20AC200 a bag \u2013 it\u2019s all the same story.");
		assertThat(h2("SELECT title FROM article WHERE title LIKE 'Caf%'", String.class))
			.isEqualTo("Caf\u00E9 chains expand in Kyoto");
		assertThat(h2("SELECT COUNT(*) FROM comment WHERE text LIKE '%\u00C3%' OR text LIKE '%\uFFFD%'", Long.class))
			.isZero();
	}

	@Test
	@Order(1)
	void aCutLastCommentIsKeptWithVotesUnknown() {
		Map<String, Object> cut = withDatabase(dataDir,
				jdbc -> jdbc.queryForMap("SELECT c.text, c.up_votes FROM comment c JOIN article a "
						+ "ON a.id = c.article_id WHERE a.title LIKE 'Typhoon%' AND c.position = 3"));
		assertThat(cut).containsEntry("TEXT", "Flights from Haneda were cancelled too, my sister is st")
			.containsEntry("UP_VOTES", null);
	}

	@Test
	@Order(1)
	void rejectsAreStoredWithFileLineAndReason() {
		List<Map<String, Object>> rejects = withDatabase(dataDir,
				jdbc -> jdbc.queryForList("SELECT location, line, reason FROM reject ORDER BY location"));
		assertThat(rejects).extracting(r -> r.get("LOCATION")).containsExactlyElementsOf(REJECTED);
		assertThat(rejects).allSatisfy(r -> assertThat(r.get("REASON").toString()).isNotBlank());
		assertThat(rejects.get(0).get("REASON").toString()).startsWith("mixes encodings");
		assertThat(rejects.get(0).get("LINE")).isEqualTo(23);
		assertThat(rejects.get(1).get("REASON").toString()).startsWith("holds U+FFFD");
		assertThat(rejects.get(3)).containsEntry("LINE", 2);
		assertThat(rejects.get(5)).containsEntry("REASON", "not an article: a header but no title after it")
			.containsEntry("LINE", 1);
	}

	@Test
	@Order(1)
	void theWorkbookShowsTheSameCounts() throws Exception {
		try (InputStream in = Files.newInputStream(first.workbook()); Workbook book = WorkbookFactory.create(in)) {
			Sheet articles = book.getSheet("Articles");
			assertThat(articles.getLastRowNum()).isEqualTo(ARTICLES);
			Sheet comments = book.getSheet("Comments");
			assertThat(comments.getLastRowNum()).isEqualTo(COMMENTS);
			List<String> quotes = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (int r = 1; r <= comments.getLastRowNum(); r++) {
				Row row = comments.getRow(r);
				quotes.add(text(cell(comments, row, "Quoted from")));
				notes.add(text(cell(comments, row, "Note")));
			}
			assertThat(quotes).filteredOn(q -> !q.isEmpty()).hasSize((int) QUOTING).contains("article", "comment 1");
			assertThat(notes).filteredOn(n -> n.contains("no own words")).hasSize(2);
			assertThat(notes).filteredOn(n -> n.contains("votes unknown")).hasSize(1);
			Sheet rejected = book.getSheet("Rejected");
			assertThat(rejected.getLastRowNum()).isEqualTo(REJECTED.size());
			List<String> files = new ArrayList<>();
			for (int r = 1; r <= rejected.getLastRowNum(); r++) {
				Row row = rejected.getRow(r);
				files.add(text(cell(rejected, row, "File")));
				assertThat(text(cell(rejected, row, "Reason"))).isNotBlank();
			}
			assertThat(files).containsExactlyElementsOf(REJECTED);
		}
	}

	@Test
	@Order(2)
	void aLaterDeliveryCompletesTheCutCommentAndAddsTheNewOneWithoutDuplicates() {
		Result later = run("run", "--input", LATER_DELIVERY.toString(), "--output", work.resolve("reports").toString(),
				"--data-dir", dataDir.toString());
		assertThat(later.exitCode()).as(later.err()).isZero();
		assertThat(later.out()).contains("2 entries read, 0 articles new, 1 updated, 1 unchanged, 1 comments new");
		assertThat(h2("SELECT COUNT(*) FROM article", Long.class)).isEqualTo(ARTICLES);
		assertThat(h2("SELECT COUNT(*) FROM comment", Long.class)).isEqualTo(COMMENTS + 1);
		List<Map<String, Object>> typhoon = withDatabase(dataDir,
				jdbc -> jdbc.queryForList("SELECT c.text, c.up_votes FROM comment c JOIN article a "
						+ "ON a.id = c.article_id WHERE a.title LIKE 'Typhoon%' ORDER BY c.position"));
		assertThat(typhoon).extracting(c -> c.get("UP_VOTES")).containsExactly(2, 1, 3, 6);
		assertThat(typhoon.get(2).get("TEXT"))
			.isEqualTo("Flights from Haneda were cancelled too, my sister is stuck in Tokyo until Monday.");
		// the completed comment was scored again, on its whole text
		assertThat(h2(
				"SELECT s.sentences FROM comment_score s JOIN comment c ON c.id = s.comment_id "
						+ "JOIN article a ON a.id = c.article_id WHERE a.title LIKE 'Typhoon%' AND c.position = 3",
				Integer.class))
			.isOne();
	}

	@Test
	@Order(3)
	void aRerunOfTheFirstDeliveryParsesNothingStoredAndUndoesNothingTheLaterOneBrought() {
		long fingerprints = h2("SELECT COUNT(*) FROM archive_entry", Long.class);
		// one per distinct entry stored as an article: the sample is there three times
		// (twice in the first delivery, once in the later one), the typhoon twice
		assertThat(fingerprints).isEqualTo(10 - 1 + 1);
		Result again = run("run", "--input", DELIVERY.toString(), "--output", work.resolve("reports").toString(),
				"--data-dir", dataDir.toString());
		assertThat(again.exitCode()).as(again.err()).isZero();
		// every entry read before came back known (unchanged), the rejects were read
		// again
		assertThat(again.out())
			.contains("18 entries read, 0 articles new, 0 updated, 10 unchanged, 0 comments new, " + "8 rejected");
		assertThat(h2("SELECT COUNT(*) FROM archive_entry", Long.class)).isEqualTo(fingerprints);
		// the run covers every article of the delivery, as the first did, and lists its
		// rejects
		String latest = "(SELECT MAX(job_instance_id) FROM batch_job_instance)";
		assertThat(h2("SELECT COUNT(*) FROM run_article WHERE job_instance_id = " + latest, Long.class))
			.isEqualTo(ARTICLES);
		assertThat(h2("SELECT COUNT(*) FROM reject WHERE job_instance_id = " + latest, Long.class))
			.isEqualTo(REJECTED.size());
		// the cut typhoon copy of the first delivery did not undo the later delivery's
		List<Integer> typhoon = withDatabase(dataDir,
				jdbc -> jdbc.queryForList("SELECT c.up_votes FROM comment c JOIN article a ON a.id = c.article_id "
						+ "WHERE a.title LIKE 'Typhoon%' ORDER BY c.position", Integer.class));
		assertThat(typhoon).containsExactly(2, 1, 3, 6);
		assertThat(again.out()).contains("0 comments scored; sentences: 0 parsed");
	}

	static String text(Cell cell) {
		return cell == null ? "" : cell.getStringCellValue();
	}

}
