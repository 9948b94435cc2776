package news.tenor.scoring;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy and throughput of each parser through the whole job on the Stanford Sentiment
 * Treebank: every sentence of {@code sst_dev.txt} and {@code sst_test.txt} becomes an
 * article with one comment, the real job runs on it (ingest, score in Spark, report), and
 * the comment scores read back from H2 are compared with the gold labels.
 *
 * <pre>
 * mvn -Pbench test -Dtest=ScoringEvaluationBenchmark
 *     [-Dtenor.eval.splits=dev,test] [-Dtenor.eval.parsers=sr,pcfg] [-Dtenor.eval.limit=N]
 * </pre>
 *
 * Fine-grained accuracy: the comment's label is the gold class. Binary accuracy: on the
 * sentences whose gold class is not neutral, positive when p3 + p4 > p0 + p1.
 * Sentences/s: sentences parsed over the score step's time, with both parsers' models
 * loaded before the first run (the whole-job comparison with CoreNLP's command line,
 * loading included, is {@link ScoringBenchmark}). About 5 minutes on 2 quiet cores, most
 * of it the PCFG parser.
 */
class ScoringEvaluationBenchmark {

	@TempDir
	Path work;

	@Test
	void accuracyAndThroughputOfEachParserOnTheSentimentTreebank() {
		List<String> splits = Arrays.asList(System.getProperty("tenor.eval.splits", "dev,test").split(","));
		List<ParserChoice> parsers = Arrays.stream(System.getProperty("tenor.eval.parsers", "sr,pcfg").split(","))
			.map(ParserChoice::of)
			.toList();
		int limit = Integer.getInteger("tenor.eval.limit", 0);
		for (ParserChoice parser : parsers) {
			long start = System.nanoTime();
			SentimentPipeline.get(parser);
			System.out.printf("%s models loaded in %.1f s%n", parser, (System.nanoTime() - start) / 1e9);
		}
		System.out.printf("%nload average at the start: %s%n", JavaProcesses.load());
		System.out.printf("%n| split | parser | sentences | split in two | fine-grained | binary | sentences/s "
				+ "(score step) | whole job (s) |%n|---|---|---|---|---|---|---|---|%n");
		for (String split : splits) {
			List<SstSentences.Sentence> gold = SstSentences.read(split);
			if (limit > 0) {
				gold = gold.subList(0, Math.min(limit, gold.size()));
			}
			Path archive = SstSentences.writeArchive(split, gold, this.work.resolve("sst-" + split + ".jsonl"));
			Map<ParserChoice, SstResults> results = new EnumMap<>(ParserChoice.class);
			for (ParserChoice parser : parsers) {
				ScoringSettings settings = new ScoringSettings(parser, ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS);
				Path dataDir = this.work.resolve(split + "-" + parser + "/data");
				long start = System.nanoTime();
				TenorRuns.Result run = TenorRuns.run("run", "--input", archive.toString(), "--output",
						dataDir.resolveSibling("reports").toString(), "--data-dir", dataDir.toString(), "--parser",
						parser.name().toLowerCase());
				double wall = (System.nanoTime() - start) / 1e9;
				assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
				SstResults result = SstResults.of(dataDir, split, gold, settings);
				assertThat(result.scored()).isEqualTo(gold.size());
				// every sentence reaches the scorer as it is: nothing taken for a quote
				// or a URL
				assertThat(SstResults.altered(dataDir, split)).isZero();
				double scoreStep = SstResults.stepTimes(dataDir).get("score").toMillis() / 1000.0;
				System.out.printf("| %s | %s | %d | %d | %.1f%% | %.1f%% (of %d) | %.1f | %.1f |%n", split, parser,
						gold.size(), result.split(), 100 * result.fine(), 100 * result.binary(), result.binaryTotal(),
						SstResults.parsed(dataDir, settings) / scoreStep, wall);
				results.put(parser, result);
			}
			if (results.size() == 2) {
				System.out.printf("%s: the parsers agree on %.1f%% of labels%n", split,
						100 * SstResults.agreement(results.get(ParserChoice.SR), results.get(ParserChoice.PCFG)));
			}
		}
	}

}
