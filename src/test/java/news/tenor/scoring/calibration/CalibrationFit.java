package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import news.tenor.scoring.CommentScore;
import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.CalibrationSentences.Item;
import news.tenor.scoring.calibration.CalibrationSentences.Row;

/**
 * Step (b) of the calibration: the deterministic fit of the calibrated score from the
 * committed calibration data, and every figure reported about it, CoreNLP's and plain
 * VADER's measured alongside on the same items.
 *
 * <p>
 * The fit: weighted least squares of the people's verdict on CoreNLP's score C and
 * VADER's compound V of each item (the token-weighted means over its sentences, computed
 * by {@link CalibratedScorer} itself), on the Amazon snippets (target: the 20-rater mean
 * / 4) and the SST dev sentences (target: the mean Amazon target of the people's class
 * with the same number, so both sets speak on one scale), each set weighing as much as
 * the other in total. Then the band edges: cut the Amazon scores so that each class has
 * the share people's 20-rater means give it (below −2, −2 to −0.5, −0.5 to +0.5, +0.5 to
 * +2, above +2), an edge half-way between the last score of one class and the first of
 * the next. Nothing is random but the fold assignment, drawn with a fixed seed.
 */
final class CalibrationFit {

	static final String VERSION = "calibrated-v1";

	static final long FOLD_SEED = 20261201L;

	static final int FOLDS = 10;

	/** An item with what each scorer says about it. */
	record Example(Item item, double coreNlp, double vader, Sentiment coreNlpLabel, double coreNlpPositive,
			double coreNlpNegative, double plainVader, int peopleClass, String group, List<SentenceInput> inputs) {

		String set() {
			return this.item.set();
		}

		double gold() {
			return this.item.gold();
		}

	}

	private CalibrationFit() {
	}

	/** The people's five classes from a 20-rater mean on −4..+4. */
	static int amazonClass(double mean) {
		if (mean < -2) {
			return 0;
		}
		if (mean < -0.5) {
			return 1;
		}
		if (mean <= 0.5) {
			return 2;
		}
		return mean <= 2 ? 3 : 4;
	}

	/**
	 * Every item of the data that CoreNLP scored at least one sentence of (8 Amazon
	 * snippets whose only sentences are over 80 tokens are left out, as the job leaves
	 * them unscored).
	 */
	static List<Example> examples(List<Row> rows, Vader vader) {
		return examples(rows, Map.of(), vader);
	}

	/**
	 * The same, each scored sentence carrying its analysis from {@code analyses} (by
	 * {@link CalibrationAnalyses#key(Row)}), as calibrated-v2 reads it.
	 */
	static List<Example> examples(List<Row> rows, Map<String, SentenceAnalysis> analyses, Vader vader) {
		CalibratedScorer features = new CalibratedScorer(
				new Calibration("features", 0, 0, 0, new double[] { -3, -2, 2, 3 }), vader);
		List<Example> examples = new ArrayList<>();
		for (Item item : CalibrationSentences.items(rows)) {
			List<SentenceInput> inputs = new ArrayList<>();
			List<CommentScore.Part> parts = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			for (Row row : item.sentences()) {
				inputs.add(new SentenceInput(row.text(), row.tokens(), row.probabilities(),
						row.scored() ? analyses.get(CalibrationAnalyses.key(row)) : null));
				parts.add(new CommentScore.Part(
						row.scored() ? SentenceScore.scored(row.label(), row.probabilities())
								: SentenceScore.unscored(SentenceScore.Status.valueOf(row.status()), "unscored"),
						row.tokens()));
				text.append(text.isEmpty() ? "" : " ").append(row.text());
			}
			CalibratedScore score = features.score(inputs);
			if (!score.isScored()) {
				continue;
			}
			CommentScore coreNlp = CommentScore.of(parts);
			double[] p = coreNlp.probabilities();
			int people = "amazon".equals(item.set()) ? amazonClass(item.gold()) : (int) item.gold();
			examples.add(new Example(item, score.coreNlp(), score.vader(), coreNlp.label(), p[3] + p[4], p[0] + p[1],
					vader.polarityScores(text.toString()).compound(), people, item.group(), List.copyOf(inputs)));
		}
		return examples;
	}

	static List<Example> of(List<Example> examples, String set) {
		return examples.stream().filter(e -> e.set().equals(set)).toList();
	}

	/**
	 * The fit on Amazon and SST examples (either may be empty): weights by least squares,
	 * edges from the people's class shares of the Amazon examples (of the SST ones when
	 * there are none).
	 */
	static Calibration fit(List<Example> amazon, List<Example> sst) {
		double[] classValue = new double[5];
		if (amazon.isEmpty()) {
			for (int k = 0; k < 5; k++) {
				classValue[k] = (k - 2) / 2.0;
			}
		}
		else {
			int[] count = new int[5];
			for (Example e : amazon) {
				classValue[e.peopleClass()] += e.gold() / 4;
				count[e.peopleClass()]++;
			}
			for (int k = 0; k < 5; k++) {
				classValue[k] /= count[k];
			}
		}
		double[][] a = new double[3][3];
		double[] b = new double[3];
		accumulate(a, b, amazon, e -> e.gold() / 4);
		accumulate(a, b, sst, e -> classValue[e.peopleClass()]);
		double[] beta = solve(a, b);
		Calibration unbanded = new Calibration(VERSION, beta[0], beta[1], beta[2], new double[] { -3, -2, 2, 3 });
		List<Example> banding = amazon.isEmpty() ? sst : amazon;
		double[] scores = banding.stream().mapToDouble(e -> unbanded.score(e.coreNlp(), e.vader())).sorted().toArray();
		int[] count = new int[5];
		banding.forEach(e -> count[e.peopleClass()]++);
		double[] edges = new double[4];
		int cumulative = 0;
		for (int k = 0; k < 4; k++) {
			cumulative += count[k];
			edges[k] = (scores[cumulative - 1] + scores[cumulative]) / 2;
		}
		return new Calibration(VERSION, beta[0], beta[1], beta[2], edges);
	}

	/** Adds a set's normal equations, each example weighing 1/n of the set. */
	private static void accumulate(double[][] a, double[] b, List<Example> set, ToDoubleFunction<Example> target) {
		for (Example e : set) {
			double[] x = { 1, e.coreNlp(), e.vader() };
			double w = 1.0 / set.size();
			double y = target.applyAsDouble(e);
			for (int i = 0; i < 3; i++) {
				for (int j = 0; j < 3; j++) {
					a[i][j] += w * x[i] * x[j];
				}
				b[i] += w * x[i] * y;
			}
		}
	}

	/** Gaussian elimination with partial pivoting (3 unknowns). */
	static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][n + 1];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], 0, m[i], 0, n);
			m[i][n] = b[i];
		}
		for (int c = 0; c < n; c++) {
			int pivot = c;
			for (int r = c + 1; r < n; r++) {
				if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
					pivot = r;
				}
			}
			double[] t = m[c];
			m[c] = m[pivot];
			m[pivot] = t;
			for (int r = 0; r < n; r++) {
				if (r != c) {
					double f = m[r][c] / m[c][c];
					for (int k = c; k <= n; k++) {
						m[r][k] -= f * m[c][k];
					}
				}
			}
		}
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = m[i][n] / m[i][i];
		}
		return x;
	}

	/**
	 * Fold of each example: the groups (an Amazon review, or an SST line) in a fixed
	 * order, shuffled with a fixed seed and dealt round-robin, so one review's snippets
	 * share a fold.
	 */
	static Map<String, Integer> folds(List<Example> examples) {
		TreeSet<String> groups = new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(g -> g));
		examples.forEach(e -> groups.add(e.group()));
		List<String> order = new ArrayList<>(groups);
		Collections.shuffle(order, new Random(FOLD_SEED));
		Map<String, Integer> fold = new LinkedHashMap<>();
		for (int i = 0; i < order.size(); i++) {
			fold.put(order.get(i), i % FOLDS);
		}
		return fold;
	}

	/** A calibrated score and label per example. */
	record Scored(Example example, double score, Sentiment label) {
	}

	static List<Scored> apply(Calibration calibration, List<Example> examples, Vader vader) {
		CalibratedScorer scorer = new CalibratedScorer(calibration, vader);
		List<Scored> scored = new ArrayList<>();
		for (Example e : examples) {
			CalibratedScore s = scorer.score(e.inputs());
			scored.add(new Scored(e, s.score(), s.label()));
		}
		return scored;
	}

	/**
	 * Out-of-fold scores of {@code target}: each fold scored by a calibration fitted
	 * without it, on the rest of {@code target} and all of {@code other}.
	 */
	static List<Scored> outOfFold(List<Example> target, List<Example> other, boolean targetIsAmazon, Vader vader) {
		Map<String, Integer> fold = folds(target);
		List<Scored> out = new ArrayList<>();
		for (int f = 0; f < FOLDS; f++) {
			int held = f;
			List<Example> train = target.stream().filter(e -> fold.get(e.group()) != held).toList();
			List<Example> test = target.stream().filter(e -> fold.get(e.group()) == held).toList();
			Calibration calibration = targetIsAmazon ? fit(train, other) : fit(other, train);
			out.addAll(apply(calibration, test, vader));
		}
		return out;
	}

	// ---- figures

	static double pearson(double[] x, double[] y) {
		double mx = mean(x);
		double my = mean(y);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}

	static double mean(double[] x) {
		double sum = 0;
		for (double v : x) {
			sum += v;
		}
		return sum / x.length;
	}

	/** Positive (1), neutral (0) or negative (−1) of a five-class label. */
	static int direction(int fiveClass) {
		return Integer.compare(fiveClass, 2);
	}

	/** Net sentiment of classes: share positive minus share negative. */
	static double net(int[] classes) {
		double sum = 0;
		for (int c : classes) {
			sum += direction(c);
		}
		return sum / classes.length;
	}

	static double threeClassAccuracy(int[] predicted, int[] people) {
		int right = 0;
		for (int i = 0; i < people.length; i++) {
			right += direction(predicted[i]) == direction(people[i]) ? 1 : 0;
		}
		return (double) right / people.length;
	}

	static double fineAccuracy(int[] predicted, int[] gold) {
		int right = 0;
		for (int i = 0; i < gold.length; i++) {
			right += predicted[i] == gold[i] ? 1 : 0;
		}
		return (double) right / gold.length;
	}

	/**
	 * Binary accuracy on the non-neutral gold classes: positive when the score is above
	 * 0, negative below; a score of exactly 0 makes no call and counts half (a coin
	 * toss).
	 */
	static double binaryAccuracy(double[] score, int[] gold) {
		double right = 0;
		int total = 0;
		for (int i = 0; i < gold.length; i++) {
			if (gold[i] == 2) {
				continue;
			}
			total++;
			right += score[i] == 0 ? 0.5 : (score[i] > 0) == (gold[i] > 2) ? 1 : 0;
		}
		return right / total;
	}

	/** VADER's usual three-way cut (±0.05) and ±0.5 for the extreme classes. */
	static int vaderClass(double compound) {
		if (compound <= -0.5) {
			return 0;
		}
		if (compound <= -0.05) {
			return 1;
		}
		if (compound < 0.05) {
			return 2;
		}
		return compound < 0.5 ? 3 : 4;
	}

	/** The figures of one scorer on one set. */
	record Figures(int n, double r, double net, double threeClass, double fine, double binary) {
	}

	static Figures coreNlp(List<Example> examples) {
		double[] score = examples.stream().mapToDouble(Example::coreNlp).toArray();
		int[] label = examples.stream().mapToInt(e -> e.coreNlpLabel().ordinal()).toArray();
		// the benchmark's rule: positive when p3 + p4 > p0 + p1
		double[] sign = examples.stream().mapToDouble(e -> e.coreNlpPositive() - e.coreNlpNegative()).toArray();
		return figures(examples, score, label, sign);
	}

	static Figures vader(List<Example> examples) {
		double[] score = examples.stream().mapToDouble(Example::plainVader).toArray();
		int[] label = examples.stream().mapToInt(e -> vaderClass(e.plainVader())).toArray();
		return figures(examples, score, label, score);
	}

	static Figures calibrated(List<Scored> scored) {
		List<Example> examples = scored.stream().map(Scored::example).toList();
		double[] score = scored.stream().mapToDouble(Scored::score).toArray();
		int[] label = scored.stream().mapToInt(s -> s.label().ordinal()).toArray();
		return figures(examples, score, label, score);
	}

	/** People's own figures: net sentiment of their classes. */
	static double peopleNet(List<Example> examples) {
		return net(examples.stream().mapToInt(Example::peopleClass).toArray());
	}

	static Figures figures(List<Example> examples, double[] score, int[] label, double[] sign) {
		double[] gold = examples.stream().mapToDouble(Example::gold).toArray();
		int[] people = examples.stream().mapToInt(Example::peopleClass).toArray();
		return new Figures(examples.size(), pearson(score, gold), net(label), threeClassAccuracy(label, people),
				fineAccuracy(label, people), binaryAccuracy(sign, people));
	}

	/** Everything the notes report, from one pass over the committed data. */
	record Report(Calibration shipped, Calibration amazonOnly, Calibration sstDevOnly, Map<String, Figures> figures,
			double peopleNetAmazon, int amazonItems, int sstDevItems, int sstTestItems) {

		Figures get(String key) {
			return this.figures.get(key);
		}

	}

	static Report report(List<Example> examples, Vader vader) {
		List<Example> amazon = of(examples, "amazon");
		List<Example> dev = of(examples, "sst-dev");
		List<Example> test = of(examples, "sst-test");
		Calibration shipped = fit(amazon, dev);
		Calibration amazonOnly = fit(amazon, List.of());
		Calibration devOnly = fit(List.of(), dev);
		Map<String, Figures> f = new LinkedHashMap<>();
		f.put("amazon/corenlp", coreNlp(amazon));
		f.put("amazon/vader", vader(amazon));
		f.put("amazon/calibrated-oof", calibrated(outOfFold(amazon, dev, true, vader)));
		f.put("amazon/calibrated-in-sample", calibrated(apply(shipped, amazon, vader)));
		f.put("amazon/from-sst-dev", calibrated(apply(devOnly, amazon, vader)));
		f.put("sst-dev/corenlp", coreNlp(dev));
		f.put("sst-dev/vader", vader(dev));
		f.put("sst-dev/calibrated-oof", calibrated(outOfFold(dev, amazon, false, vader)));
		f.put("sst-dev/calibrated-in-sample", calibrated(apply(shipped, dev, vader)));
		f.put("sst-dev/from-amazon", calibrated(apply(amazonOnly, dev, vader)));
		f.put("sst-test/corenlp", coreNlp(test));
		f.put("sst-test/vader", vader(test));
		f.put("sst-test/calibrated", calibrated(apply(shipped, test, vader)));
		f.put("sst-test/from-amazon", calibrated(apply(amazonOnly, test, vader)));
		f.put("sst-test/from-sst-dev", calibrated(apply(devOnly, test, vader)));
		return new Report(shipped, amazonOnly, devOnly, f, peopleNet(amazon), amazon.size(), dev.size(), test.size());
	}

	/** The report as Markdown tables. */
	static String table(Report report) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%nAmazon snippets (%d items; people's net sentiment %+.1f%%)%n%n"
				+ "| scorer | r with the 20-rater mean | net sentiment | 3-class accuracy | 5-class accuracy |%n|---|---|---|---|---|%n",
				report.amazonItems(), 100 * report.peopleNetAmazon()));
		for (String[] row : new String[][] { { "amazon/corenlp", "CoreNLP as today" },
				{ "amazon/vader", "VADER compound (whole text)" },
				{ "amazon/calibrated-oof", "**calibrated, out of fold (10 folds by review)**" },
				{ "amazon/calibrated-in-sample", "calibrated, shipped fit (in sample)" },
				{ "amazon/from-sst-dev", "calibrated, fitted on SST dev only" } }) {
			Figures f = report.get(row[0]);
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %+.1f%% | %.1f%% | %.1f%% |%n", row[1], f.r(),
					100 * f.net(), 100 * f.threeClass(), 100 * f.fine()));
		}
		out.append(String.format(Locale.ROOT, "%nSST (dev %d, test %d sentences)%n%n"
				+ "| scorer | split | r with the gold class | fine-grained | binary (non-neutral) |%n|---|---|---|---|---|%n",
				report.sstDevItems(), report.sstTestItems()));
		for (String[] row : new String[][] { { "sst-dev/corenlp", "CoreNLP as today", "dev" },
				{ "sst-dev/vader", "VADER compound", "dev" },
				{ "sst-dev/calibrated-oof", "**calibrated, out of fold (10 folds)**", "dev" },
				{ "sst-dev/calibrated-in-sample", "calibrated, shipped fit (in sample)", "dev" },
				{ "sst-dev/from-amazon", "calibrated, fitted on Amazon only", "dev" },
				{ "sst-test/corenlp", "CoreNLP as today", "test" }, { "sst-test/vader", "VADER compound", "test" },
				{ "sst-test/calibrated", "**calibrated, shipped fit**", "test" },
				{ "sst-test/from-amazon", "calibrated, fitted on Amazon only", "test" },
				{ "sst-test/from-sst-dev", "calibrated, fitted on SST dev only", "test" } }) {
			Figures f = report.get(row[0]);
			out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.1f%% | %.1f%% |%n", row[1], row[2], f.r(),
					100 * f.fine(), 100 * f.binary()));
		}
		out.append(String.format(Locale.ROOT,
				"%n| fit | intercept | CoreNLP weight | VADER weight | VADER / CoreNLP | band edges |%n|---|---|---|---|---|---|%n"));
		for (Object[] row : new Object[][] { { "shipped (Amazon + SST dev)", report.shipped() },
				{ "Amazon only", report.amazonOnly() }, { "SST dev only", report.sstDevOnly() } }) {
			Calibration c = (Calibration) row[1];
			double[] e = c.edges();
			out.append(String.format(Locale.ROOT, "| %s | %+.4f | %.4f | %.4f | %.2f | %.3f, %.3f, %.3f, %.3f |%n",
					row[0], c.intercept(), c.coreNlpWeight(), c.vaderWeight(), c.vaderWeight() / c.coreNlpWeight(),
					e[0], e[1], e[2], e[3]));
		}
		return out.toString();
	}

}
