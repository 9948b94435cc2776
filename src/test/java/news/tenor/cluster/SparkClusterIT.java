package news.tenor.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.util.FileSystemUtils;

import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenor's real job, packaged ({@code target/tenor.jar}), scoring on a real Spark
 * standalone cluster of a master and two one-core workers on this machine, compared with
 * a {@code local[*]} run of the same archive; then the same with one executor killed in
 * the middle of the scoring stage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkClusterIT {

	static final Path WORK = TenorProcess.TARGET.resolve("it-cluster");

	SparkStandaloneCluster cluster;

	Path archive;

	Map<String, String> localScores;

	Map<String, String> localMentions;

	@BeforeAll
	void startClusterAndScoreLocally() throws Exception {
		FileSystemUtils.deleteRecursively(WORK);
		this.archive = WORK.resolve("archive/comments.jsonl");
		CommentFixture.write(this.archive, 120, 7);
		this.cluster = SparkStandaloneCluster.start(TenorProcess.TARGET, WORK.resolve("spark-home"), 2, 1, "2g");
		TenorProcess.Run local = TenorProcess.run(this.archive, WORK.resolve("local"), "local[*]", List.of("-Xmx3g"));
		assertThat(local.exitCode()).as(local.output()).isZero();
		this.localScores = scores(WORK.resolve("local/data"));
		assertThat(this.localScores).hasSizeGreaterThan(200);
		this.localMentions = mentions(WORK.resolve("local/data"));
		// every sentence tagged (the fixture's comments name nobody: "our mayor")
		assertThat(this.localMentions.keySet().stream().filter(k -> !k.startsWith("mention ")))
			.hasSize(this.localScores.size());
	}

	@AfterAll
	void stopCluster() {
		if (this.cluster != null) {
			this.cluster.close();
		}
	}

	@Test
	void scoringRunsOnTheExecutorsAndEqualsALocalRun() throws Exception {
		TenorProcess.Run run = TenorProcess.run(this.archive, WORK.resolve("cluster"), this.cluster.masterUrl(),
				TenorProcess.clusterDriver(this.cluster));
		assertThat(run.exitCode()).as(run.output()).isZero();

		Path data = WORK.resolve("cluster/data");
		assertThat(scores(data)).isEqualTo(this.localScores);
		Map<String, Object> counts = scoreStepCounts(data);
		long parsed = (Long) counts.get("sentences.parsed");
		assertThat(parsed).isEqualTo(this.localScores.size());
		assertThat(counts).doesNotContainKey("sentences.parsed.by.driver");
		assertThat(counts.keySet()).filteredOn(k -> k.startsWith("sentences.parsed.by.")).hasSize(2);
		assertThat(counts.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("sentences.parsed.by."))
			.mapToLong(e -> (Long) e.getValue())
			.sum()).isEqualTo(parsed);
		// the named-entity recogniser ran on the executors too (its model in
		// tenor-models.jar) and found what it finds locally
		assertThat(mentions(data)).isEqualTo(this.localMentions);
	}

	@Test
	void aKilledExecutorsPartitionsAreComputedAgainAndEveryCommentIsScoredOnce() throws Exception {
		Path runDir = WORK.resolve("killed");
		// executors of the runs before this one may still be exiting: not the victim
		Set<String> earlier = new HashSet<>();
		this.cluster.executors().forEach(e -> earlier.add(e.id()));
		Process process = TenorProcess.start(this.archive, runDir, this.cluster.masterUrl(),
				TenorProcess.clusterDriver(this.cluster));
		SparkStandaloneCluster.Executor victim = awaitRunningTask(earlier, Duration.ofMinutes(3));
		Thread.sleep(1500);
		long scoredBeforeKill = withDatabase(runDir.resolve("data"),
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM comment_score", Long.class));
		victim.process().destroyForcibly();
		assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
		String output = Files.readString(runDir.resolve("console.log"));
		assertThat(process.exitValue()).as(output).isZero();

		Path data = runDir.resolve("data");
		assertThat(scoredBeforeKill).as("the kill landed before the scoring stage finished").isZero();
		assertThat(scores(data)).isEqualTo(this.localScores);
		Map<String, Object> counts = scoreStepCounts(data);
		assertThat((Long) counts.get("spark.tasks.failed")).as("tasks lost with the executor").isPositive();
		withDatabase(data, jdbc -> {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment_score", Long.class))
				.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM comment", Long.class));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sentence_score", Long.class))
				.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM sentence", Long.class));
			return null;
		});
	}

	private SparkStandaloneCluster.Executor awaitRunningTask(Set<String> earlier, Duration timeout)
			throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (SparkStandaloneCluster.Executor executor : this.cluster.executors()) {
				if (!earlier.contains(executor.id()) && executor.logContains("Running task")) {
					return executor;
				}
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("no executor started a task within " + timeout);
	}

	/** Sentence text → label and probabilities, as stored by a run. */
	private static Map<String, String> scores(Path data) {
		return withDatabase(data, jdbc -> {
			Map<String, String> scores = new TreeMap<>();
			jdbc.query("SELECT s.text, ss.status, ss.label, ss.p0, ss.p1, ss.p2, ss.p3, ss.p4 FROM sentence s "
					+ "JOIN sentence_score ss ON ss.sentence_id = s.id", rs -> {
						scores.put(rs.getString(1),
								rs.getString(2) + " " + rs.getInt(3)
										+ String.format(" %.9f %.9f %.9f %.9f %.9f", rs.getDouble(4), rs.getDouble(5),
												rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)));
					});
			return scores;
		});
	}

	/**
	 * Sentence text → its cached mentions, and each comment's sentiment toward each
	 * entity it names, as stored by a run.
	 */
	private static Map<String, String> mentions(Path data) {
		return withDatabase(data, jdbc -> {
			Map<String, String> mentions = new TreeMap<>();
			jdbc.query("SELECT s.text, sm.mentions FROM sentence s JOIN sentence_mentions sm ON sm.sentence_id = s.id",
					rs -> {
						mentions.put(rs.getString(1), rs.getString(2));
					});
			jdbc.query("SELECT a.title, c.position, m.name, m.type, m.as_written, m.mentions, m.score, m.label "
					+ "FROM mention m JOIN comment c ON c.id = m.comment_id JOIN article a ON a.id = c.article_id",
					rs -> {
						mentions.put(
								"mention " + rs.getString(1) + " #" + rs.getInt(2) + " " + rs.getString(3) + " "
										+ rs.getString(4),
								rs.getString(5) + " " + rs.getInt(6) + String.format(" %.9f ", rs.getDouble(7))
										+ rs.getInt(8));
					});
			return mentions;
		});
	}

	/** The counters the score step kept in its execution context. */
	private static Map<String, Object> scoreStepCounts(Path data) {
		String context = withDatabase(data,
				jdbc -> jdbc.queryForObject("SELECT COALESCE(c.SERIALIZED_CONTEXT, c.SHORT_CONTEXT) "
						+ "FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN BATCH_STEP_EXECUTION s "
						+ "ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.STEP_NAME = 'score' "
						+ "ORDER BY s.STEP_EXECUTION_ID DESC LIMIT 1", String.class));
		try {
			return new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.ISO_8859_1)));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
