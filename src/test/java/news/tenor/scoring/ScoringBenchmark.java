package news.tenor.scoring;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.OperatingSystemMXBean;
import com.fasterxml.jackson.databind.ObjectMapper;
import news.tenor.TenorRuns;
import news.tenor.scoring.JsonLinesArchive.Comment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast Tenor scores, against CoreNLP's own command line and against itself, from one
 * run:
 * <ol>
 * <li>the whole job (ingest, score, report) on the 2,210 SST test sentences, in a fresh
 * JVM, against CoreNLP's command line alone scoring the same sentences with the same
 * parser and number of threads ({@code -ssplit.eolonly true -parse.nthreads N
 * -sentiment.nthreads N}), also in a fresh JVM: wall times, sentences/s, the ratio, and
 * how many labels agree; and, like for like, against the command line without the
 * dependency graphs Tenor does not build ({@code -parse.buildgraphs false});</li>
 * <li>scoring throughput on one core against all cores ({@code local[1]} against
 * {@code local[N]}) on a larger generated archive (distinct SST phrases, so nothing comes
 * from the cache), in this JVM after a warm-up run so that neither pays for JIT
 * compilation or model loading;</li>
 * <li>the first run of the generated archive against a rerun of the unchanged archive on
 * the same data folder, each in a fresh JVM as a user runs them.</li>
 * </ol>
 *
 * <pre>
 * mvn -Pbench test -Dtest=ScoringBenchmark [-Dtenor.bench.parser=sr|pcfg]
 *     [-Dtenor.bench.threads=N] [-Dtenor.bench.comments=3000] [-Dtenor.bench.sst-limit=N]
 *     [-Dtenor.bench.parts=1,2,3] [-Dtenor.bench.rerun-archive=PATH]
 * </pre>
 *
 * With {@code tenor.bench.rerun-archive} the third part runs on that archive (e.g. one
 * made by {@code ArchiveGenerator}) instead of the generated SST phrases.
 *
 * About 4 minutes on 2 quiet cores with the defaults, 30 with the PCFG parser. Times are
 * wall-clock; run it on a quiet machine.
 */
class ScoringBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Reruns of the unchanged archive, each in a fresh JVM; the median is reported. */
	private static final int RERUNS = 3;

	@TempDir
	Path work;

	final ParserChoice parser = ParserChoice.of(System.getProperty("tenor.bench.parser", "sr"));

	final int threads = Integer.getInteger("tenor.bench.threads", Runtime.getRuntime().availableProcessors());

	final int comments = Integer.getInteger("tenor.bench.comments", 3000);

	final int sstLimit = Integer.getInteger("tenor.bench.sst-limit", 0);

	/** Which of the three measurements to make (all by default). */
	final String parts = System.getProperty("tenor.bench.parts", "1,2,3");

	final ScoringSettings settings = new ScoringSettings(this.parser, ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS);

	@Test
	void tenorAgainstCoreNlpsCommandLineOneCoreAgainstAllAndFirstRunAgainstRerun() throws IOException {
		System.out.printf("parser %s, %d threads, %d cores%n%n", this.parser, this.threads,
				Runtime.getRuntime().availableProcessors());
		if (this.parts.contains("1")) {
			wholeJobAgainstTheCommandLine();
		}
		Path generated = generatedArchive(this.work.resolve("generated.jsonl"), this.comments, 17);
		if (this.parts.contains("2")) {
			oneCoreAgainstAll(generated);
		}
		if (this.parts.contains("3")) {
			String rerunArchive = System.getProperty("tenor.bench.rerun-archive", "");
			firstRunAgainstRerun(rerunArchive.isBlank() ? generated : Path.of(rerunArchive).toAbsolutePath());
		}
	}

	private void wholeJobAgainstTheCommandLine() throws IOException {
		List<SstSentences.Sentence> sentences = SstSentences.read("test");
		if (this.sstLimit > 0) {
			sentences = sentences.subList(0, this.sstLimit);
		}
		Path dir = this.work.resolve("sst");
		Path text = SstSentences.writeSentences(sentences, dir.resolve("sst_test_sentences.txt"));
		Path archive = SstSentences.writeArchive("test", sentences, dir.resolve("sst_test.jsonl"));

		String loadBefore = JavaProcesses.load();
		JavaProcesses.Outcome cli = commandLine(dir, text, "corenlp", List.of());
		// like for like: without the dependency graphs Tenor does not build either
		JavaProcesses.Outcome cliNoGraphs = commandLine(dir, text, "corenlp-no-graphs",
				List.of("-parse.buildgraphs", "false"));
		Path dataDir = dir.resolve("tenor/data");
		JavaProcesses.Outcome tenor = JavaProcesses.run("4g", dir.resolve("tenor.log"), "news.tenor.TenorApplication",
				List.of("run", "--input", archive.toString(), "--output", dir.resolve("tenor").toString(), "--data-dir",
						dataDir.toString(), "--parser", this.parser.name().toLowerCase(Locale.ROOT), "--spark-master",
						"local[" + this.threads + "]"))
			.orFail("Tenor");

		int n = sentences.size();
		System.out.printf("1. Whole job on %d SST test sentences against CoreNLP's command line (fresh JVMs)%n", n);
		System.out.printf("   CoreNLP command line:                         %6.1f s  %6.1f sentences/s%n",
				cli.seconds(), n / cli.seconds());
		System.out.printf("   CoreNLP command line, -parse.buildgraphs false: %6.1f s  %6.1f sentences/s%n",
				cliNoGraphs.seconds(), n / cliNoGraphs.seconds());
		System.out.printf("   Tenor whole job:                              %6.1f s  %6.1f sentences/s  (steps: %s)%n",
				tenor.seconds(), n / tenor.seconds(), SstResults.stepTimes(dataDir));
		System.out.printf("   load average before: %s, after: %s%n", loadBefore, JavaProcesses.load());
		System.out.printf("   Tenor / command line: %.2f x the time (%.2f x against -parse.buildgraphs false)%n",
				tenor.seconds() / cli.seconds(), tenor.seconds() / cliNoGraphs.seconds());
		labelAgreement(sentences, dir.resolve("corenlp/sst_test_sentences.txt.json"), dataDir);
	}

	private JavaProcesses.Outcome commandLine(Path dir, Path text, String name, List<String> extra) {
		List<String> args = new ArrayList<>(List.of("-annotators", "tokenize,ssplit,pos,parse,sentiment",
				"-ssplit.eolonly", "true", "-parse.model", this.parser.model(), "-parse.nthreads",
				Integer.toString(this.threads), "-sentiment.nthreads", Integer.toString(this.threads), "-outputFormat",
				"json", "-file", text.toString(), "-outputDirectory", dir.resolve(name).toString()));
		args.addAll(extra);
		return JavaProcesses.run("4g", dir.resolve(name + ".log"), "edu.stanford.nlp.pipeline.StanfordCoreNLP", args)
			.orFail("CoreNLP");
	}

	/** Lines Tenor kept as one sentence, whose label must then be the command line's. */
	private void labelAgreement(List<SstSentences.Sentence> sentences, Path cliJson, Path dataDir) throws IOException {
		JsonNode output = JSON.readTree(cliJson.toFile());
		List<Integer> cliLabels = new ArrayList<>();
		output.get("sentences").forEach(s -> cliLabels.add(s.get("sentimentValue").asInt()));
		assertThat(cliLabels).hasSize(sentences.size());
		Map<Integer, Integer> tenorLabels = new HashMap<>();
		TenorRuns.withDatabase(dataDir, jdbc -> {
			jdbc.query(
					"SELECT a.title, s.label FROM article a JOIN comment c ON c.article_id = a.id "
							+ "JOIN comment_score s ON s.comment_id = c.id WHERE s.sentences = 1 AND s.model = ?",
					rs -> {
						tenorLabels.put(SstSentences.lineOf(rs.getString(1)), rs.getInt(2));
					}, this.settings.modelKey());
			return null;
		});
		long same = tenorLabels.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(cliLabels.get(e.getKey() - 1)))
			.count();
		System.out.printf(
				"   labels: %d of the %d lines Tenor also kept as one sentence are the command line's "
						+ "(%d lines CoreNLP's splitter cuts in two)%n%n",
				same, tenorLabels.size(), sentences.size() - tenorLabels.size());
	}

	private void oneCoreAgainstAll(Path generated) {
		// warm-up: models loaded and the scoring code compiled before anything is timed
		List<SstSentences.Sentence> dev = SstSentences.read("dev").subList(0, 500);
		Path warmUp = SstSentences.writeArchive("dev", dev, this.work.resolve("warm-up.jsonl"));
		run(warmUp, this.work.resolve("warm-up/data"), "local[" + this.threads + "]");

		System.out.printf("2. Scoring throughput on %d generated comments, one core against %d (warm JVM)%n",
				this.comments, this.threads);
		double one = throughput(generated, "local[1]");
		double all = throughput(generated, "local[" + this.threads + "]");
		System.out.printf("   local[%d] / local[1]: %.2f x the throughput%n%n", this.threads, all / one);
	}

	private double throughput(Path archive, String master) {
		Path dataDir = this.work.resolve(master.replaceAll("\\W", "") + "/data");
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpu = os.getProcessCpuTime();
		double wall = run(archive, dataDir, master);
		double cores = (os.getProcessCpuTime() - cpu) / 1e9 / wall;
		double scoreStep = SstResults.stepTimes(dataDir).get("score").toMillis() / 1000.0;
		long parsed = SstResults.parsed(dataDir, this.settings);
		// fewer cores used than asked for means other work had them: the ratio is then
		// not
		// Tenor's
		System.out.printf(
				"   %-9s %6d sentences parsed, score step %6.1f s: %6.1f sentences/s "
						+ "(whole job %.1f s using %.2f cores, load %s)%n",
				master, parsed, scoreStep, parsed / scoreStep, wall, cores, JavaProcesses.load());
		return parsed / scoreStep;
	}

	private void firstRunAgainstRerun(Path generated) {
		Path dataDir = this.work.resolve("rerun/data");
		List<String> args = List.of("run", "--input", generated.toString(), "--output",
				dataDir.resolveSibling("reports").toString(), "--data-dir", dataDir.toString(), "--parser",
				this.parser.name().toLowerCase(Locale.ROOT), "--spark-master", "local[" + this.threads + "]");
		JavaProcesses.Outcome first = JavaProcesses
			.run("4g", dataDir.resolveSibling("first.log"), "news.tenor.TenorApplication", args)
			.orFail("first run");
		// three reruns, each in a fresh JVM: the median is the figure (a fresh JVM's few
		// seconds vary by a few tenths from one start to the next)
		double[] reruns = new double[RERUNS];
		double[] rerunJobs = new double[RERUNS];
		for (int i = 0; i < RERUNS; i++) {
			JavaProcesses.Outcome rerun = JavaProcesses
				.run("4g", dataDir.resolveSibling("rerun-" + (i + 1) + ".log"), "news.tenor.TenorApplication", args)
				.orFail("rerun");
			assertThat(rerun.output()).contains("0 parsed");
			reruns[i] = rerun.seconds();
			Duration[] jobs = SstResults.jobTimes(dataDir);
			rerunJobs[i] = jobs[jobs.length - 1].toMillis() / 1e3;
		}
		double rerun = median(reruns);
		double rerunJob = median(rerunJobs);
		System.out.printf("3. First run against a rerun of the unchanged archive (%s, fresh JVMs)%n",
				first.output().lines().filter(l -> l.contains("comments new")).findFirst().orElse("").strip());
		System.out.printf(
				"   first run %6.1f s, reruns %s s, median %.2f s: the rerun takes 1/%.1f of the time (load %s)%n",
				first.seconds(), seconds(reruns), rerun, first.seconds() / rerun, JavaProcesses.load());
		double firstJob = SstResults.jobTimes(dataDir)[0].toMillis() / 1e3;
		System.out.printf(
				"   the job alone (job repository, without starting the JVM and Spring): first run %.1f s, "
						+ "reruns %s s, median %.2f s: 1/%.1f%n",
				firstJob, seconds(rerunJobs), rerunJob, firstJob / rerunJob);
		System.out.printf("   last rerun's steps: %s%n", SstResults.stepTimes(dataDir));

		// as `tenor schedule` runs a job again: in a JVM that has run the job before
		// (this one, once to warm it up), timed by the job repository
		// (each run writes its workbook to a folder of its own)
		assertThat(TenorRuns.run(again(args, dataDir, "warm-up")).exitCode()).isZero();
		long start = System.nanoTime();
		TenorRuns.Result warm = TenorRuns.run(again(args, dataDir, "warm"));
		double warmWall = (System.nanoTime() - start) / 1e9;
		assertThat(warm.exitCode()).as(warm.out() + warm.err()).isZero();
		assertThat(warm.out()).contains("0 parsed");
		Duration[] all = SstResults.jobTimes(dataDir);
		Duration warmJob = all[all.length - 1];
		System.out.printf(
				"   rerun in a warm JVM (as the scheduler runs a job again): the job %.2f s (%.2f s with a "
						+ "new Spring context): 1/%.1f of the first run's job, 1/%.1f of the first run's wall time%n",
				warmJob.toMillis() / 1e3, warmWall, firstJob / (warmJob.toMillis() / 1e3),
				first.seconds() / (warmJob.toMillis() / 1e3));
		System.out.printf("   warm rerun steps: %s%n", SstResults.stepTimes(dataDir));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String seconds(double[] values) {
		return Arrays.stream(values)
			.mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
			.collect(Collectors.joining(", "));
	}

	/** The arguments of a run with the workbook written to a folder of its own. */
	private static String[] again(List<String> args, Path dataDir, String name) {
		List<String> again = new ArrayList<>(args);
		again.set(again.indexOf("--output") + 1, dataDir.resolveSibling("reports-" + name).toString());
		return again.toArray(String[]::new);
	}

	private double run(Path archive, Path dataDir, String master) {
		long start = System.nanoTime();
		TenorRuns.Result result = TenorRuns.run("run", "--input", archive.toString(), "--output",
				dataDir.resolveSibling("reports").toString(), "--data-dir", dataDir.toString(), "--parser",
				this.parser.name().toLowerCase(Locale.ROOT), "--spark-master", master);
		assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * Articles of ten comments each, every comment one to three distinct SST phrases
	 * written as sentences, with votes: nothing repeats, so every sentence is parsed.
	 */
	static Path generatedArchive(Path file, int comments, long seed) throws IOException {
		Random random = new Random(seed);
		List<String> phrases = SstSentences.phrases(6);
		Collections.shuffle(phrases, random);
		int next = 0;
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (JsonLinesArchive archive = new JsonLinesArchive(file)) {
			for (int article = 0; article * 10 < comments; article++) {
				List<Comment> list = new ArrayList<>();
				for (int c = 0; c < 10 && article * 10 + c < comments; c++) {
					StringBuilder text = new StringBuilder();
					for (int s = 1 + random.nextInt(3); s > 0; s--) {
						if (next == phrases.size()) {
							throw new IllegalStateException(
									"only " + phrases.size() + " phrases: ask for fewer comments");
						}
						String phrase = phrases.get(next++);
						text.append(Character.toUpperCase(phrase.charAt(0))).append(phrase.substring(1));
						text.append(phrase.matches(".*[.!?]$") ? " " : " . ");
					}
					list.add(new Comment(text.toString().strip(), random.nextInt(6), random.nextInt(4)));
				}
				archive.article("Generated", LocalDate.of(2025, 1, 1).plusDays(article % 365), "generated",
						"Generated article " + (article + 1), list);
			}
		}
		return file;
	}

}
