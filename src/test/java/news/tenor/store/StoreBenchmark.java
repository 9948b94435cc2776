package news.tenor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import news.tenor.TenorRuns;
import news.tenor.TenorRuns.Result;
import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.scoring.JavaProcesses;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole job on the data folder's H2 file and on a PostgreSQL server (this machine's
 * Debian package, on 127.0.0.1, started as the tests start it but with PostgreSQL's
 * default durability: every commit flushed to the disk), side by side in one run: a first
 * run of a generated archive (ingest, parse and score every sentence, report), then a run
 * of it with the other scorer (nothing parsed: the score step reads the sentence cache
 * and writes every comment's score again, which is where the store shows), each step's
 * time from the job repository, each store measured twice. Not a test:
 *
 * <pre>
 * mvn -Pbench test -Dtest=StoreBenchmark [-Dbench.articles=100]
 * </pre>
 */
class StoreBenchmark {

	@Test
	void theWholeJobOnH2AndOnPostgres() throws Exception {
		int articles = Integer.getInteger("bench.articles", 100);
		Path bench = Files.createDirectories(Path.of("target/bench/store").toAbsolutePath());
		Path archive = bench.resolve("archive-" + articles);
		if (!Files.exists(archive.resolve(ArchiveGenerator.MANIFEST))) {
			ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(archive, articles));
		}
		String load = JavaProcesses.load();
		// the JVM's Spark session, models and report classes warmed up on a few articles
		Path warmUp = bench.resolve("warm-up");
		ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(warmUp, 5).withSeed(7));
		check(TenorRuns.run("run", "--input", warmUp.toString(), "--output", bench.resolve("reports").toString(),
				"--data-dir", fresh(bench.resolve("warm-up-data")).toString()));

		TestPostgres postgres = TestPostgres.durable();
		// each store twice, in the order H2, PostgreSQL, PostgreSQL, H2, on fresh stores:
		// what the JVM learns on the way favours neither
		Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
		int round = 0;
		for (String store : List.of("H2", "PostgreSQL", "PostgreSQL", "H2")) {
			round++;
			Path data = fresh(bench.resolve("data-" + round));
			List<String> options = List.of();
			// a run's step times, by execution id, from the store's job repository
			Function<Long, Map<String, Double>> steps = id -> TenorRuns.withDatabase(data,
					jdbc -> TenorRuns.stepSeconds(jdbc, id));
			if (store.equals("PostgreSQL")) {
				String database = postgres.newDatabase();
				options = postgres.options(database);
				steps = id -> TenorRuns.stepSeconds(postgres.jdbc(database), id);
			}
			run(data, options, "run", "--input", archive.toString());
			runs.computeIfAbsent(store + ", first run", k -> new ArrayList<>()).add(steps.apply(1L));
			run(data, options, "run", "--input", archive.toString(), "--scorer", "corenlp");
			runs.computeIfAbsent(store + ", the other scorer", k -> new ArrayList<>()).add(steps.apply(2L));
		}

		System.out.printf("%nStoreBenchmark: %d generated articles; %d cores; load average at the start %s, now %s%n",
				articles, Runtime.getRuntime().availableProcessors(), load, JavaProcesses.load());
		System.out.printf("(first run: ingest, parse and score everything; the other scorer: the same archive again "
				+ "with --scorer corenlp, every sentence from the cache, every comment scored again)%n");
		System.out
			.printf("%n| store, run | ingest (s) | score (s) | report (s) | whole job (s) |%n|---|---|---|---|---|%n");
		runs.forEach((name, measured) -> System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", name,
				mean(measured, "ingest"), mean(measured, "score"), mean(measured, "report"), mean(measured, "job")));
		for (String run : List.of("first run", "the other scorer")) {
			System.out.printf("| PostgreSQL / H2, %s | %.2f | %.2f | %.2f | %.2f |%n", run, ratio(runs, run, "ingest"),
					ratio(runs, run, "score"), ratio(runs, run, "report"), ratio(runs, run, "job"));
		}
	}

	private static double mean(List<Map<String, Double>> measured, String step) {
		return measured.stream().mapToDouble(m -> m.get(step)).average().orElseThrow();
	}

	private static double ratio(Map<String, List<Map<String, Double>>> runs, String run, String step) {
		return mean(runs.get("PostgreSQL, " + run), step) / mean(runs.get("H2, " + run), step);
	}

	private static Result run(Path data, List<String> store, String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of("--data-dir", data.toString(), "--output", data.resolve("reports").toString()));
		args.addAll(store);
		return check(TenorRuns.run(args.toArray(String[]::new)));
	}

	private static Result check(Result result) {
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		System.out.println(result.out());
		return result;
	}

	private static Path fresh(Path folder) throws IOException {
		FileSystemUtils.deleteRecursively(folder);
		return folder;
	}

}
