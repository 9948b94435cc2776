package news.tenor.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;
import news.tenor.TenorRuns.Result;
import news.tenor.archive.generate.ArchiveGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What finding mentions costs a run, through the whole job: the SST test sentences (one
 * article each) and a generated archive, each run with mentions on and off
 * ({@code tenor.mentions.enabled}), twice each in the order on, off, off, on on fresh
 * data folders, in one JVM after warm-up runs in both modes (every model loaded, the code
 * of both compiled). Prints the score step, the mentions step and the whole job, and the
 * ratio of score + mentions with mentions on to the score step with them off. Not a test:
 *
 * <pre>
 * mvn -Pbench test -Dtest=MentionsJobBenchmark [-Dbench.articles=150]
 * </pre>
 */
class MentionsJobBenchmark {

	@Test
	void scoreStepWithAndWithoutMentions() throws IOException {
		Path bench = Files.createDirectories(Path.of("target/bench/mentions").toAbsolutePath());
		int articles = Integer.getInteger("bench.articles", 150);
		Path generated = bench.resolve("generated-" + articles);
		if (!Files.exists(generated.resolve(ArchiveGenerator.MANIFEST))) {
			ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(generated, articles).withSeed(13));
		}
		Path sst = SstSentences.writeArchive("test", SstSentences.read("test"), bench.resolve("sst-test.jsonl"));
		Path warmUp = bench.resolve("warm-up");
		if (!Files.exists(warmUp.resolve(ArchiveGenerator.MANIFEST))) {
			ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(warmUp, 5).withSeed(7));
		}
		String load = JavaProcesses.load();
		// warm-up, not measured: every model loaded and the code of both modes compiled
		run(bench, warmUp, true);
		run(bench, generated, true);
		run(bench, generated, false);

		Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
		for (Map.Entry<String, Path> archive : List.of(Map.entry("SST test", sst), Map.entry("generated", generated))) {
			for (boolean on : List.of(true, false, false, true)) {
				runs.computeIfAbsent(archive.getKey() + ", mentions " + (on ? "on" : "off"), k -> new ArrayList<>())
					.add(run(bench, archive.getValue(), on));
			}
		}
		System.clearProperty("tenor.mentions.enabled");

		System.out.printf("%nMentionsJobBenchmark: %d cores; load average at the start %s, now %s%n",
				Runtime.getRuntime().availableProcessors(), load, JavaProcesses.load());
		System.out.printf(
				"%n| archive, mentions | score step (s) | mentions step (s) | whole job (s) |%n|---|---|---|---|%n");
		runs.forEach((name, measured) -> System.out.printf("| %s | %.1f | %.1f | %.1f |%n", name,
				mean(measured, "score"), mean(measured, "mentions"), mean(measured, "job")));
		for (String archive : List.of("SST test", "generated")) {
			List<Map<String, Double>> on = runs.get(archive + ", mentions on");
			List<Map<String, Double>> off = runs.get(archive + ", mentions off");
			System.out.printf("| %s: (score + mentions) on / score off | %.2f | | whole job %.2f |%n", archive,
					(mean(on, "score") + mean(on, "mentions")) / mean(off, "score"),
					mean(on, "job") / mean(off, "job"));
		}
	}

	/** One run on a fresh data folder; each step's seconds and the whole job's. */
	private static Map<String, Double> run(Path bench, Path archive, boolean mentions) throws IOException {
		System.setProperty("tenor.mentions.enabled", String.valueOf(mentions));
		Path data = bench.resolve("data");
		FileSystemUtils.deleteRecursively(data);
		Result result = TenorRuns.run("run", "--input", archive.toString(), "--output",
				bench.resolve("reports").toString(), "--data-dir", data.toString());
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		System.out.println(result.out());
		return TenorRuns.withDatabase(data, jdbc -> TenorRuns.stepSeconds(jdbc, 1));
	}

	private static double mean(List<Map<String, Double>> measured, String step) {
		return measured.stream().mapToDouble(m -> m.getOrDefault(step, 0.0)).average().orElseThrow();
	}

}
