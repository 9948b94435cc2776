package news.tenor.scoring.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentimentPipeline;
import news.tenor.scoring.language.LanguageDetection.Evidence;
import news.tenor.scoring.language.LanguageEvalSet.Item;

/**
 * Which language detector Tenor uses and with which thresholds, measured in one run:
 * accuracy by language and text length, the share of English texts wrongly taken for
 * another language (each would be lost from every figure), time per sentence, heap and
 * load time of the models, against CoreNLP's parse of the same sentences as the baseline.
 *
 * <pre>
 * mvn -Pbench test -Dtest=LanguageDetectionBenchmark [-Dtenor.eval-data=../shared/eval-data]
 * </pre>
 *
 * The tables are printed and written to {@code target/language-benchmark.md}.
 */
class LanguageDetectionBenchmark {

	private static final List<String> LATIN = List.of("en", "fr", "de", "es", "it", "pt", "nl");

	private final StringBuilder report = new StringBuilder();

	private int misses;

	/** A detector under test: the language code it says, or null for none/unknown. */
	record Candidate(String name, Function<String, String> detect, double loadMillis, double heapMb, boolean threadSafe,
			Runnable unload) {
	}

	record Result(Candidate candidate, Map<String, int[]> cells, double microsPerSentence, double twoThreadMicros) {
	}

	@Test
	void compareDetectors(@TempDir Path scratch) throws Exception {
		Path evalData = Path.of(System.getProperty("tenor.eval-data", "../shared/eval-data")).toAbsolutePath();
		List<Item> items = LanguageEvalSet.build(evalData, Path.of("src/sample-archive"), scratch);
		List<Item> test = items.stream().filter((i) -> !i.dev()).toList();
		List<Item> dev = items.stream().filter(Item::dev).toList();
		List<String> timing = LanguageEvalSet.sst(evalData.resolve("sst/sst_test.txt"));
		line("# Language detection benchmark (" + java.time.LocalDate.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ")\n");
		line("Evaluation texts: " + items.size() + " (" + dev.size() + " dev for calibration, " + test.size()
				+ " test); by source and language (test): " + counts(test));
		line("");

		double corenlpMicros = corenlpBaseline(timing.subList(0, 300));

		calibrate(dev);
		comments(scratch);

		// the chosen one first among Lingua's: its load time includes loading Lingua's
		// (Kotlin) classes
		List<Supplier<Candidate>> candidates = List.of(LanguageDetectionBenchmark::optimaize,
				() -> tenorRule("Tenor rule on Lingua high accuracy (chosen)", false),
				() -> tenorRule("Tenor rule on Lingua low accuracy", true),
				() -> lingua("Lingua 1.2.2 high accuracy, 11 languages", false, false),
				() -> lingua("Lingua 1.2.2 low accuracy, 11 languages", true, false),
				() -> lingua("Lingua 1.2.2 low accuracy, all 75 languages", true, true));
		List<Result> results = new ArrayList<>();
		for (Supplier<Candidate> supplier : candidates) {
			Candidate candidate = supplier.get();
			results.add(evaluate(candidate, test, timing));
			candidate.unload().run();
		}
		summary(results, corenlpMicros);
		for (Result result : results) {
			detail(result);
		}
		Path out = Path.of("target/language-benchmark.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, this.report, StandardCharsets.UTF_8);
		System.out.println("written to " + out.toAbsolutePath());
	}

	// --- the candidates -------------------------------------------------------------

	private static Candidate optimaize() {
		long heap = usedHeap();
		long start = System.nanoTime();
		try {
			List<LdLocale> locales = LanguageEvalSet.LANGUAGES.stream()
				.map((code) -> LdLocale.fromString(code.equals("zh") ? "zh-CN" : code))
				.toList();
			com.optimaize.langdetect.LanguageDetector detector = com.optimaize.langdetect.LanguageDetectorBuilder
				.create(NgramExtractors.standard())
				.withProfiles(new LanguageProfileReader().readBuiltIn(locales))
				.build();
			TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();
			double load = (System.nanoTime() - start) / 1e6;
			double mb = (usedHeap() - heap) / 1048576.0;
			Function<String, String> detect = (text) -> {
				List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
				// 0.6's own detect() wants 0.999 certainty; the most probable language is
				// what is compared
				return found.isEmpty() ? null : found.get(0).getLocale().getLanguage();
			};
			return new Candidate("Optimaize 0.6, 11 languages (short-text cleaning)", detect, load, mb, false, () -> {
			});
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Candidate lingua(String name, boolean low, boolean all) {
		long heap = usedHeap();
		long start = System.nanoTime();
		LanguageDetectorBuilder builder = all ? LanguageDetectorBuilder.fromAllLanguages()
				: LanguageDetectorBuilder.fromLanguages(LanguageEvalSet.LANGUAGES.stream()
					.map((code) -> com.github.pemistahl.lingua.api.Language.getByIsoCode639_1(
							com.github.pemistahl.lingua.api.IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
					.toArray(com.github.pemistahl.lingua.api.Language[]::new));
		builder = builder.withPreloadedLanguageModels();
		com.github.pemistahl.lingua.api.LanguageDetector detector = (low ? builder.withLowAccuracyMode() : builder)
			.build();
		double load = (System.nanoTime() - start) / 1e6;
		double mb = (usedHeap() - heap) / 1048576.0;
		Function<String, String> detect = (text) -> {
			com.github.pemistahl.lingua.api.Language language = detector.detectLanguageOf(text);
			return language == com.github.pemistahl.lingua.api.Language.UNKNOWN ? null
					: language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
		};
		return new Candidate(name, detect, load, mb, true, detector::unloadLanguageModels);
	}

	private static Candidate tenorRule(String name, boolean low) {
		long heap = usedHeap();
		long start = System.nanoTime();
		LanguageDetection detection = new LanguageDetection(LanguageDetection.DEFAULT_CANDIDATES, low);
		double load = (System.nanoTime() - start) / 1e6;
		double mb = (usedHeap() - heap) / 1048576.0;
		Function<String, String> detect = (text) -> {
			Language language = detection.of(text);
			return language.isDetermined() ? language.code() : null;
		};
		return new Candidate(name, detect, load, mb, true, LanguageDetectionBenchmark::unloadLatinModels);
	}

	/**
	 * Lingua keeps its models in static maps: unloading any detector of a language frees
	 * it.
	 */
	private static void unloadLatinModels() {
		LanguageDetectorBuilder.fromAllLanguages().build().unloadLanguageModels();
	}

	// --- measuring ------------------------------------------------------------------

	private Result evaluate(Candidate candidate, List<Item> test, List<String> timing) throws Exception {
		Map<String, int[]> cells = new LinkedHashMap<>();
		for (Item item : test) {
			String said = candidate.detect().apply(item.text());
			boolean right = item.language().equals("en") ? said == null || said.equals("en")
					: item.language().equals(said);
			if (!right && item.language().equals("en") && candidate.name().contains("chosen")) {
				System.out.println("chosen rule loses English (" + item.source() + ", " + item.bucket() + ") as " + said
						+ ": " + item.text());
			}
			for (String key : List.of(item.language() + "|" + item.bucket(),
					item.language() + "|source " + item.source() + "|" + item.bucket())) {
				int[] cell = cells.computeIfAbsent(key, (k) -> new int[2]);
				cell[0] += right ? 1 : 0;
				cell[1]++;
			}
		}
		// time per sentence: SST test sentences (English, 19 words on average), after a
		// warm-up pass
		for (String sentence : timing) {
			candidate.detect().apply(sentence);
		}
		// the best of three passes: the machine is shared, a slower pass measures the
		// neighbours
		double micros = Double.MAX_VALUE;
		for (int pass = 0; pass < 3; pass++) {
			long start = System.nanoTime();
			for (String sentence : timing) {
				candidate.detect().apply(sentence);
			}
			micros = Math.min(micros, (System.nanoTime() - start) / 1e3 / timing.size());
		}
		double twoThreads = Double.NaN;
		if (candidate.threadSafe()) {
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				twoThreads = Double.MAX_VALUE;
				for (int pass = 0; pass < 3; pass++) {
					long begin = System.nanoTime();
					List<Future<?>> halves = new ArrayList<>();
					for (int t = 0; t < 2; t++) {
						int offset = t;
						halves.add(threads.submit(() -> {
							for (int i = offset; i < timing.size(); i += 2) {
								candidate.detect().apply(timing.get(i));
							}
						}));
					}
					for (Future<?> half : halves) {
						half.get();
					}
					twoThreads = Math.min(twoThreads, (System.nanoTime() - begin) / 1e3 / timing.size());
				}
			}
			finally {
				threads.shutdown();
			}
		}
		System.out.printf("%s: %.0f µs/sentence%n", candidate.name(), micros);
		return new Result(candidate, cells, micros, twoThreads);
	}

	/**
	 * CoreNLP's shift-reduce parse and sentiment of the same English sentences: the
	 * baseline.
	 */
	private double corenlpBaseline(List<String> sentences) {
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		for (String sentence : sentences.subList(0, 100)) {
			pipeline.score(sentence, 80);
		}
		double micros = Double.MAX_VALUE;
		for (int pass = 0; pass < 3; pass++) {
			long start = System.nanoTime();
			for (String sentence : sentences) {
				pipeline.score(sentence, 80);
			}
			micros = Math.min(micros, (System.nanoTime() - start) / 1e3 / sentences.size());
		}
		line(String.format(
				"Baseline: CoreNLP (shift-reduce parser + sentiment) takes %.0f µs per SST test sentence "
						+ "(%d sentences, one thread, best of three passes after a warm-up).%n",
				micros, sentences.size()));
		return micros;
	}

	/**
	 * The thresholds of the rule: for each minimum of words and margin, English texts
	 * taken for another language and Latin-script foreign texts recognised, on the dev
	 * half.
	 */
	private void calibrate(List<Item> dev) {
		for (boolean low : new boolean[] { true, false }) {
			LanguageDetection detection = new LanguageDetection(LanguageDetection.DEFAULT_CANDIDATES, low);
			List<Item> latinItems = dev.stream().filter((i) -> LATIN.contains(i.language())).toList();
			List<Evidence> evidence = latinItems.stream().map((i) -> detection.evidence(i.text(), true)).toList();
			line("## Calibration on the dev half, Lingua " + (low ? "low" : "high") + " accuracy\n");
			line("English texts (all lengths) not taken for English / foreign Latin-script texts recognised "
					+ "(whole sentences; 3-, 5- and 8-word prefixes).\n");
			line("| min words | margin | English lost | foreign sentences | 3 words | 5 words | 8 words |");
			line("|---|---|---|---|---|---|---|");
			for (int minWords : new int[] { 1, 2, 3, 4, 5 }) {
				for (double margin : new double[] { 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5 }) {
					int[] english = new int[2];
					Map<String, int[]> foreign = new LinkedHashMap<>();
					for (int k = 0; k < latinItems.size(); k++) {
						Item item = latinItems.get(k);
						Language said = LanguageDetection.decide(evidence.get(k), minWords, margin);
						if (item.language().equals("en")) {
							english[0] += said.isDetermined() && !said.isEnglish() ? 1 : 0;
							english[1]++;
						}
						else {
							int[] cell = foreign.computeIfAbsent(item.bucket(), (b) -> new int[2]);
							cell[0] += said.code().equals(item.language()) ? 1 : 0;
							cell[1]++;
						}
					}
					line(String.format(Locale.ROOT, "| %d | %.2f | %d of %d (%.3f%%) | %s | %s | %s | %s |", minWords,
							margin, english[0], english[1], 100.0 * english[0] / english[1],
							percent(foreign.get(LanguageEvalSet.SENTENCE)), percent(foreign.get("3 words")),
							percent(foreign.get("5 words")), percent(foreign.get("8 words"))));
				}
			}
			line("");
			line("Longer texts only: English lost and foreign recognised among the texts of at least so many words, "
					+ "by margin (for a second, lower margin on long texts).\n");
			line("| at least words | margin | English lost | foreign recognised |");
			line("|---|---|---|---|");
			for (int longWords : new int[] { 6, 8, 10, 12 }) {
				for (double margin : new double[] { 0.02, 0.05, 0.08, 0.1, 0.15 }) {
					int[] english = new int[2];
					int[] foreign = new int[2];
					for (int k = 0; k < latinItems.size(); k++) {
						if (evidence.get(k).words() < longWords) {
							continue;
						}
						Language said = LanguageDetection.decide(evidence.get(k), longWords, margin);
						if (latinItems.get(k).language().equals("en")) {
							english[0] += said.isDetermined() && !said.isEnglish() ? 1 : 0;
							english[1]++;
						}
						else {
							foreign[0] += said.code().equals(latinItems.get(k).language()) ? 1 : 0;
							foreign[1]++;
						}
					}
					line(String.format(Locale.ROOT, "| %d | %.2f | %d of %d (%.3f%%) | %s |", longWords, margin,
							english[0], english[1], 100.0 * english[0] / Math.max(1, english[1]), percent(foreign)));
				}
			}
			line("");
			if (low) {
				unloadLatinModels();
			}
		}
		// which English texts the chosen thresholds lose, to read them
		LanguageDetection chosen = new LanguageDetection(LanguageDetection.DEFAULT_CANDIDATES, false);
		line("English dev texts the chosen rule (" + LanguageDetection.MIN_WORDS + " words, margin "
				+ LanguageDetection.MIN_MARGIN + ", " + LanguageDetection.LONG_MARGIN + " from "
				+ LanguageDetection.LONG_WORDS + " words) takes for another language:\n");
		dev.stream().filter((i) -> i.language().equals("en")).forEach((i) -> {
			Language said = chosen.of(i.text());
			if (said.isDetermined() && !said.isEnglish()) {
				line("- " + said.code() + ": " + i.text().replace("|", "\\|") + " (" + i.source() + ", " + i.bucket()
						+ ")");
			}
		});
		line("");
		unloadLatinModels();
	}

	/**
	 * The chosen rule on whole comments, where a sentence too short to tell takes its
	 * comment's language: each UDHR paragraph and each comment-like line of the test half
	 * as one comment (its sentences as the JDK cuts them), each English comment of the
	 * sample and generated archives as one comment.
	 */
	private void comments(Path scratch) {
		LanguageDetection chosen = new LanguageDetection(LanguageDetection.DEFAULT_CANDIDATES, false);
		Map<String, int[]> alone = new LinkedHashMap<>();
		Map<String, int[]> inComment = new LinkedHashMap<>();
		for (LanguageEvalSet.Comment comment : LanguageEvalSet.comments(Path.of("src/sample-archive"), scratch)) {
			List<Language> resolved = chosen.sentences(comment.sentences());
			for (int i = 0; i < resolved.size(); i++) {
				String truth = comment.languages().get(i);
				if (Letters.of(Letters.withoutLinks(comment.sentences().get(i))).dominant() == null) {
					continue; // a bare link or emoji: not scored whatever its language
				}
				Language own = chosen.of(comment.sentences().get(i));
				boolean english = truth.equals("en");
				count(alone, truth, english ? !own.isDetermined() || own.isEnglish() : own.code().equals(truth));
				count(inComment, truth, resolved.get(i).code().equals(truth));
				if (!resolved.get(i).code().equals(truth) && this.misses++ < 30) {
					line("- in a comment, " + truth + " taken for " + resolved.get(i).code() + ": "
							+ comment.sentences().get(i));
				}
			}
		}
		line("");
		line("## The chosen rule on whole comments (test half)\n");
		line("Sentences with letters given their comment's language: on their own (`of`; English: not taken for another "
				+ "language) and within their comment (`sentences`, undetermined ones inheriting).\n");
		line("| language | sentences | on their own | in their comment |");
		line("|---|---|---|---|");
		for (String language : LanguageEvalSet.LANGUAGES) {
			if (alone.containsKey(language)) {
				line("| " + language + " | " + alone.get(language)[1] + " | " + percent(alone.get(language)) + " | "
						+ percent(inComment.get(language)) + " |");
			}
		}
		line("");
		unloadLatinModels();
	}

	private static void count(Map<String, int[]> cells, String key, boolean right) {
		int[] cell = cells.computeIfAbsent(key, (k) -> new int[2]);
		cell[0] += right ? 1 : 0;
		cell[1]++;
	}

	// --- reporting ------------------------------------------------------------------

	private void summary(List<Result> results, double corenlpMicros) {
		line("## Summary (test half)\n");
		line("English lost: English texts taken for another language (lower is better); foreign: texts in the "
				+ "other ten languages given their language. µs: per SST test sentence, one thread; 2 threads: "
				+ "wall time per sentence with two threads sharing the detector; % of CoreNLP: one-thread time "
				+ "against CoreNLP's parse of the same sentences in this run.\n");
		line("| candidate | load ms | heap MB | µs/sentence | 2 threads µs | % of CoreNLP | English lost: sentences | "
				+ "short replies | ≤3-word prefixes | foreign: sentences | 3 words | 8 words | ≤20 chars |");
		line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		for (Result result : results) {
			Candidate candidate = result.candidate();
			int[] englishSentences = sum(result, (key) -> key.equals("en|" + LanguageEvalSet.SENTENCE));
			int[] shortReplies = sum(result, (key) -> key.equals("en|" + LanguageEvalSet.SHORT_REPLY));
			int[] englishShort = sum(result, (key) -> key.startsWith("en|")
					&& (key.endsWith("|1 word") || key.endsWith("|2 words") || key.endsWith("|3 words")));
			line(String.format(Locale.ROOT,
					"| %s | %.0f | %.0f | %.0f | %s | %.1f%% | %s | %s | %s | %s | %s | %s | %s |", candidate.name(),
					candidate.loadMillis(), candidate.heapMb(), result.microsPerSentence(),
					Double.isNaN(result.twoThreadMicros()) ? "–" : String.format("%.0f", result.twoThreadMicros()),
					100 * result.microsPerSentence() / corenlpMicros, lost(englishSentences), lost(shortReplies),
					lost(englishShort), foreign(result, LanguageEvalSet.SENTENCE), foreign(result, "3 words"),
					foreign(result, "8 words"), foreign(result, "≤20 chars")));
		}
		line("");
	}

	private void detail(Result result) {
		line("### " + result.candidate().name() + "\n");
		line("Share given the right language (English: kept as English, i.e. not taken for another language), "
				+ "by length; n in brackets.\n");
		StringBuilder header = new StringBuilder("| language |");
		StringBuilder rule = new StringBuilder("|---|");
		List<String> buckets = new ArrayList<>(LanguageEvalSet.BUCKETS);
		buckets.add(LanguageEvalSet.SHORT_REPLY);
		for (String bucket : buckets) {
			header.append(' ').append(bucket).append(" |");
			rule.append("---|");
		}
		line(header.toString());
		line(rule.toString());
		for (String language : LanguageEvalSet.LANGUAGES) {
			StringBuilder row = new StringBuilder("| " + language + " |");
			for (String bucket : buckets) {
				int[] cell = result.cells().get(language + "|" + bucket);
				row.append(' ').append(cell == null ? "–" : percent(cell) + " (" + cell[1] + ")").append(" |");
			}
			line(row.toString());
		}
		line("");
		line("English by source, whole sentences: " + result.cells()
			.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith("en|source ") && e.getKey().endsWith("|" + LanguageEvalSet.SENTENCE))
			.map((e) -> e.getKey().split("\\|")[1].substring("source ".length()) + " " + lost(e.getValue()) + " lost")
			.toList());
		line("");
	}

	private static int[] sum(Result result, java.util.function.Predicate<String> keys) {
		int[] total = new int[2];
		result.cells().forEach((key, cell) -> {
			if (keys.test(key)) {
				total[0] += cell[0];
				total[1] += cell[1];
			}
		});
		return total;
	}

	private static String foreign(Result result, String bucket) {
		return percent(sum(result,
				(key) -> !key.startsWith("en|") && key.endsWith("|" + bucket) && key.split("\\|").length == 2));
	}

	private static String lost(int[] kept) {
		int lost = kept[1] - kept[0];
		return String.format(Locale.ROOT, "%d of %d (%.2f%%)", lost, kept[1],
				kept[1] == 0 ? 0 : 100.0 * lost / kept[1]);
	}

	private static String percent(int[] cell) {
		return cell == null || cell[1] == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * cell[0] / cell[1]);
	}

	private static String counts(List<Item> items) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		items.forEach((i) -> counts.merge(i.source() + " " + i.language(), 1, Integer::sum));
		return counts.toString();
	}

	private void line(String text) {
		System.out.println(text);
		this.report.append(text).append('\n');
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

}
