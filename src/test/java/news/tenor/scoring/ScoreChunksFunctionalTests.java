package news.tenor.scoring;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.scoring.JsonLinesArchive.Comment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score step queues the next chunk's sentences while it finishes the current one:
 * with chunks of two comments, sentences repeated across chunk boundaries are still
 * parsed once, and every comment gets the score it gets in one chunk.
 */
class ScoreChunksFunctionalTests {

	@TempDir
	Path work;

	@AfterEach
	void defaultChunks() {
		System.clearProperty("tenor.score.chunk-size");
	}

	@Test
	void smallChunksParseEachSentenceOnceAndScoreEveryCommentAsOneChunkDoes() {
		Path archive = this.work.resolve("chunks.jsonl");
		try (JsonLinesArchive out = new JsonLinesArchive(archive)) {
			out.article("Tenor chunks", LocalDate.of(2026, 3, 1), "sport", "Home team wins the cup",
					List.of(Comment.of("What a match. Well deserved."), Comment.of("The referee was awful."),
							Comment.of("Well deserved."), Comment.of("What a match."),
							Comment.of("The referee was awful. What a match.")));
			out.article("Tenor chunks", LocalDate.of(2026, 3, 2), "sport", "Coach resigns after defeat",
					List.of(Comment.of("Good riddance."), Comment.of("Well deserved."),
							Comment.of("He did his best, to be fair.")));
		}
		long before = SentimentPipeline.parsesInThisJvm();
		System.setProperty("tenor.score.chunk-size", "2");
		Map<Integer, Object> small = labels(run(archive, this.work.resolve("small")));
		// What a match. / Well deserved. / The referee was awful. / Good riddance. / He
		// did
		// his best, to be fair.
		assertThat(SentimentPipeline.parsesInThisJvm() - before).isEqualTo(5);

		System.clearProperty("tenor.score.chunk-size");
		Map<Integer, Object> one = labels(run(archive, this.work.resolve("one")));
		assertThat(small).hasSize(8).isEqualTo(one);
	}

	private static Path run(Path archive, Path dir) {
		Path dataDir = dir.resolve("data");
		TenorRuns.Result result = TenorRuns.run("run", "--input", archive.toString(), "--output",
				dir.resolve("reports").toString(), "--data-dir", dataDir.toString());
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		assertThat(result.out()).contains("8 comments scored");
		return dataDir;
	}

	/** Comment label and score by comment id (ids are given in archive order). */
	private static Map<Integer, Object> labels(Path dataDir) {
		return TenorRuns.withDatabase(dataDir, jdbc -> {
			Map<Integer, Object> labels = new java.util.TreeMap<>();
			jdbc.query("SELECT c.id, s.label, s.score FROM comment c JOIN comment_score s ON s.comment_id = c.id",
					rs -> {
						labels.put(rs.getInt(1), rs.getInt(2) + " " + rs.getDouble(3));
					});
			return labels;
		});
	}

}
