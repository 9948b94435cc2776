package news.tenor.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static news.tenor.TenorRuns.withDatabase;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring throughput of the packaged job on local[1], local[2] and a standalone cluster
 * of two one-core workers, on the same generated archive, from one run; plus the model
 * load per executor and a projection to a year of a mid-sized newsroom's comments. Needs
 * {@code mvn package} first:
 *
 * <pre>
 * mvn -q -DskipTests package && mvn -Pbench test -Dtest=ClusterBenchmark [-Dbench.articles=1200]
 * </pre>
 */
class ClusterBenchmark {

	static final Path WORK = TenorProcess.TARGET.resolve("bench-cluster");

	@Test
	void throughputOnOneCoreTwoCoresAndACluster() throws Exception {
		FileSystemUtils.deleteRecursively(WORK);
		Path archive = WORK.resolve("archive/comments.jsonl");
		int articles = Integer.getInteger("bench.articles", 1200);
		int sentences = CommentFixture.write(archive, articles, 11);
		Map<String, Result> results = new LinkedHashMap<>();
		results.put("local[1]", measure(archive, "local-1", "local[1]", List.of("-Xmx3g"), null));
		results.put("local[2]", measure(archive, "local-2", "local[2]", List.of("-Xmx3g"), null));
		try (SparkStandaloneCluster cluster = SparkStandaloneCluster.start(TenorProcess.TARGET,
				WORK.resolve("spark-home"), 2, 1, "2g")) {
			results.put("cluster 2 x 1 core",
					measure(archive, "cluster", cluster.masterUrl(), TenorProcess.clusterDriver(cluster), cluster));
		}

		double base = results.get("local[1]").rate();
		System.out.printf("%nCluster benchmark: %d articles, %d sentences (%d parsed), %d cores on this machine%n",
				articles, sentences, results.get("local[1]").parsed(), Runtime.getRuntime().availableProcessors());
		System.out.printf("%-20s %12s %12s %14s %10s%n", "master", "run (s)", "score (s)", "sentences/s",
				"vs local[1]");
		results.forEach((name, r) -> System.out.printf("%-20s %12.1f %12.1f %14.1f %9.2fx%n", name,
				r.run().toMillis() / 1000.0, r.score().toMillis() / 1000.0, r.rate(), r.rate() / base));
		results.forEach((name, r) -> System.out.printf("model load (%s): %s%n", name, r.modelLoads()));

		Result cluster = results.get("cluster 2 x 1 core");
		double load = cluster.modelLoads().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		// the executors load their models inside the score step: leave that out of the
		// rate, and add it once (in parallel on every executor) to the projection
		double perCore = cluster.parsed() / (cluster.score().toMillis() / 1000.0 - load) / 2;
		System.out.printf("%nProjection for 1,000,000 sentences (per-core rate %.1f sentences/s as measured on the "
				+ "cluster, cores scaling linearly, one model load of %.1f s per executor in parallel, "
				+ "comment-length sentences like these):%n", perCore, load);
		for (int cores : new int[] { 16, 64 }) {
			double seconds = load + 1_000_000 / (perCore * cores);
			System.out.printf("  %2d cores: %5.1f min%n", cores, seconds / 60);
		}
		assertThat(results.values()).allSatisfy(r -> assertThat(r.parsed()).isPositive());
	}

	record Result(Duration run, Duration score, long parsed, Map<String, Double> modelLoads) {

		double rate() {
			return this.parsed / (this.score.toMillis() / 1000.0);
		}

	}

	private static Result measure(Path archive, String name, String master, List<String> jvm,
			SparkStandaloneCluster cluster) throws Exception {
		Path dir = WORK.resolve(name);
		long start = System.nanoTime();
		TenorProcess.Run run = TenorProcess.run(archive, dir, master, jvm);
		Duration wall = Duration.ofNanos(System.nanoTime() - start);
		assertThat(run.exitCode()).as(run.output()).isZero();
		Path data = dir.resolve("data");
		Duration score = withDatabase(data,
				jdbc -> jdbc.queryForObject(
						"SELECT START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'score'",
						(rs, n) -> Duration.between(rs.getObject(1, LocalDateTime.class),
								rs.getObject(2, LocalDateTime.class))));
		long parsed = withDatabase(data,
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM sentence_score WHERE status = 'SCORED'", Long.class));
		Map<String, Double> loads = new LinkedHashMap<>();
		List<Path> logs = new ArrayList<>();
		logs.add(data.resolve("tenor.log"));
		if (cluster != null) {
			try (Stream<Path> files = Files.walk(WORK.resolve("spark-home"))) {
				files.filter(p -> p.getFileName().toString().equals("stderr")).forEach(logs::add);
			}
		}
		Pattern loaded = Pattern.compile("CoreNLP pipeline .* loaded in (\\d+) ms");
		for (Path log : logs) {
			Matcher m = loaded.matcher(Files.readString(log));
			while (m.find()) {
				loads.put(log.getParent().getFileName().toString(), Long.parseLong(m.group(1)) / 1000.0);
			}
		}
		return new Result(wall, score, parsed, loads);
	}

}
