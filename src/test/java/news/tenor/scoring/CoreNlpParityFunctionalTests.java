package news.tenor.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.tenor.TenorRuns;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenor's sentence labels are CoreNLP's: the comments of
 * {@code src/test/resources/scoring/parity-comments.txt} go through the whole job
 * (archive, ingest, sentence splitting, Spark, CoreNLP, H2) with each parser, and every
 * sentence read back from H2 must have the text, label and class probabilities that
 * CoreNLP's own command line gave for the same comment (the expected files and how they
 * were made are described in that folder's README).
 */
class CoreNlpParityFunctionalTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** CoreNLP prints probabilities with 11 to 14 decimals. */
	private static final double TOLERANCE = 1e-9;

	@TempDir
	static Path work;

	static Path dataDir;

	/** What CoreNLP gave for one sentence of a comment (1-based line of the file). */
	record Expected(int comment, int sentence, String text, int label, double[] probabilities) {
	}

	/** What Tenor stored for one sentence of a comment. */
	record Actual(int comment, int sentence, String text, Integer label, double[] probabilities) {
	}

	@BeforeAll
	static void scoreTheCommentsWithBothParsers() throws IOException {
		Path archive = work.resolve("parity.jsonl");
		List<String> comments = resource("parity-comments.txt").lines().toList();
		try (JsonLinesArchive out = new JsonLinesArchive(archive)) {
			for (int i = 0; i < comments.size(); i++) {
				// one article per comment, so no comment can be taken for a quote of
				// another
				out.article("Tenor parity", LocalDate.of(2026, 1, 1), "parity", "Parity comment " + (i + 1),
						List.of(JsonLinesArchive.Comment.of(comments.get(i))));
			}
		}
		dataDir = work.resolve("data");
		for (ParserChoice parser : ParserChoice.values()) {
			// CoreNLP's own comment scores: a one-sentence comment keeps CoreNLP's label
			TenorRuns.Result result = TenorRuns.run("run", "--input", archive.toString(), "--output",
					work.resolve("reports-" + parser).toString(), "--data-dir", dataDir.toString(), "--parser",
					parser.name().toLowerCase(), "--scorer", "corenlp");
			assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
			assertThat(result.out()).contains("0 too long, 0 failed");
		}
	}

	@ParameterizedTest
	@EnumSource(ParserChoice.class)
	void everySentenceHasTheCommandLinesTextLabelAndProbabilities(ParserChoice parser) throws IOException {
		List<Expected> expected = expected(parser);
		List<Actual> actual = actual(new ScoringSettings(parser, ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS));
		assertThat(expected).hasSize(71);

		assertThat(actual).extracting(a -> a.comment() + "." + a.sentence() + " " + a.text())
			.as("sentences as Tenor split them")
			.containsExactlyElementsOf(expected.stream()
				.map(e -> e.comment() + "." + e.sentence() + " " + SentenceSplitter.normalize(e.text()))
				.toList());
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			Expected e = expected.get(i);
			Actual a = actual.get(i);
			if (a.label() == null || a.label() != e.label()) {
				differences.add(e.comment() + "." + e.sentence() + " label " + a.label() + ", CoreNLP " + e.label());
				continue;
			}
			for (int k = 0; k < 5; k++) {
				if (Math.abs(a.probabilities()[k] - e.probabilities()[k]) > TOLERANCE) {
					differences.add(e.comment() + "." + e.sentence() + " p" + k + " " + a.probabilities()[k]
							+ ", CoreNLP " + e.probabilities()[k]);
				}
			}
		}
		assertThat(differences).as("sentences where Tenor and CoreNLP's command line differ").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(ParserChoice.class)
	void aOneSentenceCommentKeepsCoreNlpsLabel(ParserChoice parser) throws IOException {
		Map<Integer, List<Expected>> byComment = new TreeMap<>();
		expected(parser).forEach(e -> byComment.computeIfAbsent(e.comment(), c -> new ArrayList<>()).add(e));
		ScoringSettings settings = new ScoringSettings(parser, ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS);
		Map<Integer, Integer> commentLabels = TenorRuns.withDatabase(dataDir, jdbc -> {
			Map<Integer, Integer> labels = new TreeMap<>();
			jdbc.query("SELECT a.title, s.label FROM article a JOIN comment c ON c.article_id = a.id "
					+ "JOIN comment_score s ON s.comment_id = c.id AND s.model = ?", rs -> {
						labels.put(commentNumber(rs.getString(1)), rs.getInt(2));
					}, settings.modelKey());
			return labels;
		});
		int single = 0;
		for (Map.Entry<Integer, List<Expected>> comment : byComment.entrySet()) {
			if (comment.getValue().size() == 1) {
				assertThat(commentLabels.get(comment.getKey())).as("comment " + comment.getKey())
					.isEqualTo(comment.getValue().get(0).label());
				single++;
			}
		}
		assertThat(single).isEqualTo(50);
	}

	private static List<Actual> actual(ScoringSettings settings) {
		return TenorRuns.withDatabase(dataDir, jdbc -> jdbc.query(
				"SELECT a.title, cs.idx, s.text, ss.label, ss.p0, ss.p1, ss.p2, ss.p3, ss.p4 "
						+ "FROM article a JOIN comment c ON c.article_id = a.id "
						+ "JOIN comment_sentence cs ON cs.comment_id = c.id JOIN sentence s ON s.id = cs.sentence_id "
						+ "LEFT JOIN sentence_score ss ON ss.sentence_id = s.id AND ss.model = ? "
						+ "ORDER BY a.id, cs.idx",
				(rs, n) -> new Actual(commentNumber(rs.getString("title")), rs.getInt("idx"), rs.getString("text"),
						(Integer) rs.getObject("label", Integer.class), new double[] { rs.getDouble("p0"),
								rs.getDouble("p1"), rs.getDouble("p2"), rs.getDouble("p3"), rs.getDouble("p4") }),
				settings.sentenceModelKey()));
	}

	private static int commentNumber(String title) {
		return Integer.parseInt(title.substring("Parity comment ".length()));
	}

	private static List<Expected> expected(ParserChoice parser) throws IOException {
		List<Expected> expected = new ArrayList<>();
		for (String line : resource("parity-expected-" + parser.name().toLowerCase() + ".jsonl").lines().toList()) {
			JsonNode node = JSON.readTree(line);
			double[] p = new double[5];
			for (int k = 0; k < 5; k++) {
				p[k] = node.get("probabilities").get(k).asDouble();
			}
			expected.add(new Expected(node.get("comment").asInt(), node.get("sentence").asInt(),
					node.get("text").asText(), node.get("label").asInt(), p));
		}
		return expected;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = CoreNlpParityFunctionalTests.class.getResourceAsStream("/scoring/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
