package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.calibration.CalibrationFit.Example;
import news.tenor.scoring.calibration.CalibrationFit.Figures;
import news.tenor.scoring.calibration.CalibrationFit.Scored;

/**
 * The fit of calibrated-v2 from the committed calibration data and analyses, and the
 * experiments that chose its features: the same fit, folds and figures as v1's
 * ({@link CalibrationFit}), for a linear score of any sentence features (token-weighted
 * means over a comment's sentences, clamped to [−1, 1], banded by people's class shares).
 * Weighted least squares on the Amazon snippets and the SST dev sentences, each set
 * weighing as much as the other; 10 folds by review on Amazon, SST dev folds with all of
 * Amazon; SST test never fitted on.
 */
final class PhraseCalibrationFit {

	static final String VERSION = "calibrated-v2";

	/** A sentence feature: what it is called in the figures, and how it is read. */
	record Feature(String name, ToDoubleFunction<SentenceInput> of) {
	}

	/**
	 * An item and its features, each the token-weighted mean over its scored sentences.
	 */
	record Point(Example example, double[] x) {
	}

	/** A fitted linear score: weights (intercept first) and band edges. */
	record Linear(double[] beta, double[] edges) {

		double score(double[] x) {
			return Math.max(-1, Math.min(1, unclamped(x)));
		}

		/** The weighted sum before it is clamped to [−1, 1]. */
		double unclamped(double[] x) {
			double s = this.beta[0];
			for (int i = 0; i < x.length; i++) {
				s += this.beta[i + 1] * x[i];
			}
			return s;
		}

		Sentiment label(double score) {
			return Calibration.band(this.edges, score);
		}

	}

	private final Vader vader;

	/** Each sentence's shipped features, computed once. */
	private final Map<SentenceInput, SentenceFeatures> cache = new IdentityHashMap<>();

	private BinaryModelFeatures binaryModel;

	PhraseCalibrationFit(Vader vader) {
		this.vader = vader;
	}

	SentenceFeatures features(SentenceInput sentence) {
		return this.cache.computeIfAbsent(sentence, s -> SentenceFeatures.of(s, this.vader));
	}

	/**
	 * The four features v2 ships, read exactly as {@link CalibratedScorer} reads them.
	 */
	List<Feature> shipped() {
		return List.of(new Feature("C", s -> features(s).coreNlp()), new Feature("V", s -> features(s).vader()),
				new Feature("P", s -> features(s).phrases()), new Feature("N", s -> features(s).nouns()));
	}

	static List<Point> points(List<Example> examples, List<Feature> features) {
		return points(examples, features, true);
	}

	/**
	 * @param byTokens each sentence weighted by its tokens, as shipped; else equally
	 */
	static List<Point> points(List<Example> examples, List<Feature> features, boolean byTokens) {
		List<Point> points = new ArrayList<>(examples.size());
		for (Example e : examples) {
			double[] x = new double[features.size()];
			double weight = 0;
			for (SentenceInput sentence : e.inputs()) {
				if (!sentence.scored()) {
					continue;
				}
				double w = byTokens ? Math.max(1, sentence.tokens()) : 1;
				for (int i = 0; i < x.length; i++) {
					x[i] += w * features.get(i).of().applyAsDouble(sentence);
				}
				weight += w;
			}
			for (int i = 0; i < x.length; i++) {
				x[i] /= weight;
			}
			points.add(new Point(e, x));
		}
		return points;
	}

	static List<Point> of(List<Point> points, String set) {
		return points.stream().filter(p -> p.example().set().equals(set)).toList();
	}

	/** v1's fit ({@link CalibrationFit#fit}) for any number of features. */
	static Linear fit(List<Point> amazon, List<Point> sst) {
		double[] classValue = classValues(amazon);
		int d = (amazon.isEmpty() ? sst : amazon).get(0).x().length + 1;
		double[][] a = new double[d][d];
		double[] b = new double[d];
		accumulate(a, b, amazon, p -> p.example().gold() / 4);
		accumulate(a, b, sst, p -> classValue[p.example().peopleClass()]);
		double[] beta = CalibrationFit.solve(a, b);
		Linear unbanded = new Linear(beta, new double[] { -3, -2, 2, 3 });
		List<Point> banding = amazon.isEmpty() ? sst : amazon;
		double[] scores = banding.stream().mapToDouble(p -> unbanded.score(p.x())).sorted().toArray();
		int[] count = new int[5];
		banding.forEach(p -> count[p.example().peopleClass()]++);
		double[] edges = new double[4];
		int cumulative = 0;
		for (int k = 0; k < 4; k++) {
			cumulative += count[k];
			edges[k] = (scores[cumulative - 1] + scores[cumulative]) / 2;
		}
		return new Linear(beta, edges);
	}

	/**
	 * What an SST gold class is fitted to: the people's mean verdict (on −1..1) of the
	 * Amazon items of the same class, or the class's own place when there are none.
	 */
	static double[] classValues(List<Point> amazon) {
		double[] classValue = new double[5];
		if (amazon.isEmpty()) {
			for (int k = 0; k < 5; k++) {
				classValue[k] = (k - 2) / 2.0;
			}
			return classValue;
		}
		int[] count = new int[5];
		for (Point p : amazon) {
			classValue[p.example().peopleClass()] += p.example().gold() / 4;
			count[p.example().peopleClass()]++;
		}
		for (int k = 0; k < 5; k++) {
			classValue[k] /= count[k];
		}
		return classValue;
	}

	private static void accumulate(double[][] a, double[] b, List<Point> set, ToDoubleFunction<Point> target) {
		for (Point p : set) {
			double[] x = new double[p.x().length + 1];
			x[0] = 1;
			System.arraycopy(p.x(), 0, x, 1, p.x().length);
			double w = 1.0 / set.size();
			double y = target.applyAsDouble(p);
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x.length; j++) {
					a[i][j] += w * x[i] * x[j];
				}
				b[i] += w * x[i] * y;
			}
		}
	}

	static List<Scored> apply(Linear model, List<Point> points) {
		List<Scored> scored = new ArrayList<>(points.size());
		for (Point p : points) {
			double s = model.score(p.x());
			scored.add(new Scored(p.example(), s, model.label(s)));
		}
		return scored;
	}

	/** Out of fold, exactly as v1's: each fold scored by a fit without it. */
	static List<Scored> outOfFold(List<Point> target, List<Point> other, boolean targetIsAmazon) {
		Map<String, Integer> fold = CalibrationFit.folds(target.stream().map(Point::example).toList());
		List<Scored> out = new ArrayList<>();
		for (int f = 0; f < CalibrationFit.FOLDS; f++) {
			int held = f;
			List<Point> train = target.stream().filter(p -> fold.get(p.example().group()) != held).toList();
			List<Point> test = target.stream().filter(p -> fold.get(p.example().group()) == held).toList();
			out.addAll(apply(targetIsAmazon ? fit(train, other) : fit(other, train), test));
		}
		return out;
	}

	static PhraseCalibration calibration(Linear model) {
		return new PhraseCalibration(VERSION, model.beta(), model.edges());
	}

	/** The scores the production scorer gives with v2 (and v1 as its fallback). */
	List<Scored> score(CalibratedScorer scorer, List<Point> points) {
		List<Scored> scored = new ArrayList<>(points.size());
		for (Point p : points) {
			CalibratedScore s = scorer.score(p.example().inputs());
			scored.add(new Scored(p.example(), s.score(), s.label()));
		}
		return scored;
	}

	/** Everything the notes report about v2, from one pass over the committed data. */
	record Report(PhraseCalibration shipped, PhraseCalibration amazonOnly, PhraseCalibration sstDevOnly,
			Map<String, Figures> figures) {

		Figures get(String key) {
			return this.figures.get(key);
		}

	}

	/**
	 * v2's figures. The shipped fit's are the production scorer's own scores; out of fold
	 * and cross-dataset ones come from the same linear score of the same features.
	 */
	Report report(List<Example> examples, Calibration v1) {
		List<Point> points = points(examples, shipped());
		List<Point> amazon = of(points, "amazon");
		List<Point> dev = of(points, "sst-dev");
		List<Point> test = of(points, "sst-test");
		Linear shipped = fit(amazon, dev);
		Linear amazonOnly = fit(amazon, List.of());
		Linear devOnly = fit(List.of(), dev);
		CalibratedScorer scorer = new CalibratedScorer(v1, calibration(shipped), this.vader);
		Map<String, Figures> f = new LinkedHashMap<>();
		f.put("amazon/v2-oof", CalibrationFit.calibrated(outOfFold(amazon, dev, true)));
		f.put("amazon/v2-in-sample", CalibrationFit.calibrated(score(scorer, amazon)));
		f.put("amazon/v2-from-sst-dev", CalibrationFit.calibrated(apply(devOnly, amazon)));
		f.put("sst-dev/v2-oof", CalibrationFit.calibrated(outOfFold(dev, amazon, false)));
		f.put("sst-dev/v2-in-sample", CalibrationFit.calibrated(score(scorer, dev)));
		f.put("sst-dev/v2-from-amazon", CalibrationFit.calibrated(apply(amazonOnly, dev)));
		f.put("sst-test/v2", CalibrationFit.calibrated(score(scorer, test)));
		f.put("sst-test/v2-from-amazon", CalibrationFit.calibrated(apply(amazonOnly, test)));
		f.put("sst-test/v2-from-sst-dev", CalibrationFit.calibrated(apply(devOnly, test)));
		return new Report(calibration(shipped), calibration(amazonOnly), calibration(devOnly), f);
	}

	/** The candidates tried: C and V plus one or more features each. */
	List<List<Feature>> candidates() {
		Feature c = shipped().get(0);
		Feature v = shipped().get(1);
		Feature p = shipped().get(2);
		Feature n = shipped().get(3);
		List<Feature> tried = List.of(tree("mean of all nodes", TreeFeatures::meanOfNodes),
				tree("span-weighted mean of all nodes", TreeFeatures::spanWeightedMeanOfNodes),
				tree("mean of phrases", TreeFeatures::meanOfPhrases),
				tree("span-weighted mean of phrases", TreeFeatures::spanWeightedMeanOfPhrases),
				tree("mean of words (leaves)", TreeFeatures::meanOfWords),
				tree("most positive node", a -> TreeFeatures.extreme(a, 1, false, false)),
				tree("most negative node", a -> TreeFeatures.extreme(a, -1, false, false)),
				tree("most positive phrase", a -> TreeFeatures.extreme(a, 1, true, false)),
				tree("most negative phrase", a -> TreeFeatures.extreme(a, -1, true, false)),
				tree("most positive node x sqrt(span share)", a -> TreeFeatures.extreme(a, 1, false, true)),
				tree("most negative node x sqrt(span share)", a -> TreeFeatures.extreme(a, -1, false, true)),
				tree("share of polar nodes", TreeFeatures::polarShare),
				tree("net share of polar nodes", TreeFeatures::netPolarShare),
				tree("root's left child", TreeFeatures::leftOfRoot),
				tree("root's right child (last clause)", TreeFeatures::rightOfRoot),
				tree("clause after the last but/however", TreeFeatures::afterContrast),
				tree("log-odds (p3+p4)/(p0+p1) at the root", a -> TreeFeatures.logOdds(a, 0)),
				tree("mean log-odds of all nodes", TreeFeatures::meanLogOdds),
				tree("VADER valence of adjectives, verbs, adverbs",
						a -> TreeFeatures.valence(a, this.vader, TreeFeatures::adjectiveVerbOrAdverb)),
				tree("VADER valences, negation scoped by the tree",
						a -> TreeFeatures.treeNegatedValence(a, this.vader)),
				new Feature("tanh(2C) (squashing)", s -> Math.tanh(2 * features(s).coreNlp())),
				new Feature("C x V", s -> features(s).coreNlp() * features(s).vader()), p, n);
		List<List<Feature>> candidates = new ArrayList<>();
		candidates.add(List.of(c, v));
		for (Feature feature : tried) {
			candidates.add(List.of(c, v, feature));
		}
		candidates.add(List.of(c, silencedVader("VADER with nouns silenced (for V)", false)));
		candidates.add(List.of(c, silencedVader("VADER on adjectives, verbs, adverbs only (for V)", true)));
		candidates.add(List.of(c, v, tried.get(2), n));
		candidates.add(List.of(c, v, p, n));
		Feature binaryRoot = new Feature("CoreNLP's binary model at the root (p+ − p−)",
				s -> binaryModel().of(s.analysis()).root());
		Feature binaryNodes = new Feature("CoreNLP's binary model, mean of all nodes",
				s -> binaryModel().of(s.analysis()).meanOfNodes());
		candidates.add(List.of(c, v, p, n, binaryRoot));
		candidates.add(List.of(c, v, p, n, binaryNodes));
		candidates.add(List.of(c, v, p, n, binaryRoot, binaryNodes));
		candidates.add(List.of(c, v, p, n, tree("negated negatives (\"not disappointed\", \"no complaints\")",
				a -> TreeFeatures.negatedNegatives(a, this.vader))));
		List<Feature> all = new ArrayList<>(List.of(c, v));
		all.addAll(tried);
		candidates.add(all);
		return candidates;
	}

	/** Loaded on first use: only the ablation runs CoreNLP's binary model. */
	private BinaryModelFeatures binaryModel() {
		if (this.binaryModel == null) {
			this.binaryModel = new BinaryModelFeatures();
		}
		return this.binaryModel;
	}

	private Feature tree(String name, ToDoubleFunction<SentenceAnalysis> of) {
		return new Feature(name, s -> of.applyAsDouble(s.analysis()));
	}

	private Feature silencedVader(String name, boolean onlyAdjectivesVerbsAdverbs) {
		return new Feature(name,
				s -> this.vader.polarityScores(s.text(),
						TreeFeatures.wordsNotTagged(s.analysis(),
								onlyAdjectivesVerbsAdverbs
										? tag -> TreeFeatures.adjectiveVerbOrAdverb(tag) || tag.equals("UH")
										: tag -> !tag.startsWith("NN")))
					.compound());
	}

	/**
	 * What each candidate gives out of fold (Amazon by review, SST dev by folds) and
	 * fitted on SST dev alone on Amazon; SST test is not looked at here.
	 */
	String ablation(List<Example> examples) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%n| features besides C | weights | Amazon r | Amazon net | Amazon 3-class | SST dev r | "
						+ "SST dev binary | SST dev fine | Amazon r, fitted on SST dev |%n|---|---|---|---|---|---|---|---|---|%n"));
		for (List<Feature> features : candidates()) {
			List<Point> points = points(examples, features);
			List<Point> amazon = of(points, "amazon");
			List<Point> dev = of(points, "sst-dev");
			Figures a = CalibrationFit.calibrated(outOfFold(amazon, dev, true));
			Figures d = CalibrationFit.calibrated(outOfFold(dev, amazon, false));
			Figures cross = CalibrationFit.calibrated(apply(fit(List.of(), dev), amazon));
			String name = features.stream().skip(1).map(Feature::name).reduce((x, y) -> x + ", " + y).orElse("");
			out.append(row(name, features.size() + 1, a, d, cross));
		}
		Feature v = shipped().get(1);
		Feature p = shipped().get(2);
		for (List<Feature> evidence : List.of(List.of(v), List.of(v, p))) {
			List<ToDoubleFunction<SentenceInput>> of = evidence.stream().map(Feature::of).toList();
			List<ProductOfExperts.Item> items = ProductOfExperts.items(examples, of);
			List<ProductOfExperts.Item> amazon = items.stream()
				.filter(i -> i.example().set().equals("amazon"))
				.toList();
			List<ProductOfExperts.Item> dev = items.stream().filter(i -> i.example().set().equals("sst-dev")).toList();
			int parameters = evidence.size() + 1;
			Figures a = CalibrationFit.calibrated(ProductOfExperts.outOfFold(amazon, dev, true, parameters));
			Figures d = CalibrationFit.calibrated(ProductOfExperts.outOfFold(dev, amazon, false, parameters));
			Figures cross = CalibrationFit
				.calibrated(ProductOfExperts.apply(ProductOfExperts.fit(List.of(), dev, parameters), amazon));
			String name = "product of experts: root^α · exp((k−2)·(" + (evidence.size() == 1 ? "β·V" : "β·V + γ·P")
					+ "))";
			out.append(row(name, parameters + 2, a, d, cross));
		}
		return out.toString();
	}

	private static String row(String name, int weights, Figures a, Figures d, Figures cross) {
		return String.format(Locale.ROOT, "| %s | %d | %.3f | %+.1f%% | %.1f%% | %.3f | %.1f%% | %.1f%% | %.3f |%n",
				name, weights, a.r(), 100 * a.net(), 100 * a.threeClass(), d.r(), 100 * d.binary(), 100 * d.fine(),
				cross.r());
	}

	/**
	 * Per-sentence weighting of a comment's features, by tokens (shipped) or equally: out
	 * of fold on Amazon, all items and the items of more than one scored sentence.
	 */
	String aggregation(List<Example> examples) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%n| v2's features, sentences weighted | Amazon r, out of fold | of which items with 2+ sentences (n) |%n|---|---|---|%n"));
		for (boolean byTokens : new boolean[] { true, false }) {
			List<Point> points = points(examples, shipped(), byTokens);
			List<Scored> scored = outOfFold(of(points, "amazon"), of(points, "sst-dev"), true);
			List<Scored> multi = scored.stream()
				.filter(x -> x.example().inputs().stream().filter(SentenceInput::scored).count() > 1)
				.toList();
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f (%d) |%n", byTokens ? "by tokens" : "equally",
					CalibrationFit.calibrated(scored).r(), CalibrationFit.calibrated(multi).r(), multi.size()));
		}
		return out.toString();
	}

	/** CoreNLP, VADER, v1 and v2 side by side, as Markdown tables. */
	static String table(CalibrationFit.Report v1, Report v2) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%nAmazon snippets (%d items; people's net sentiment %+.1f%%)%n%n"
				+ "| scorer | r with the 20-rater mean | net sentiment | 3-class accuracy | 5-class accuracy |%n|---|---|---|---|---|%n",
				v1.amazonItems(), 100 * v1.peopleNetAmazon()));
		String[][] amazon = { { "amazon/corenlp", "CoreNLP as today" },
				{ "amazon/vader", "VADER compound (whole text)" },
				{ "amazon/calibrated-oof", "v1 (fallback), out of fold (10 folds by review)" },
				{ "amazon/v2-oof", "**v2, out of fold (10 folds by review)**" },
				{ "amazon/calibrated-in-sample", "v1, shipped fit (in sample)" },
				{ "amazon/v2-in-sample", "v2, shipped fit (in sample)" },
				{ "amazon/from-sst-dev", "v1, fitted on SST dev only" },
				{ "amazon/v2-from-sst-dev", "v2, fitted on SST dev only" } };
		for (String[] row : amazon) {
			Figures f = figure(v1, v2, row[0]);
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %+.1f%% | %.1f%% | %.1f%% |%n", row[1], f.r(),
					100 * f.net(), 100 * f.threeClass(), 100 * f.fine()));
		}
		out.append(String.format(Locale.ROOT, "%nSST (dev %d, test %d sentences)%n%n"
				+ "| scorer | split | r with the gold class | fine-grained | binary (non-neutral) |%n|---|---|---|---|---|%n",
				v1.sstDevItems(), v1.sstTestItems()));
		String[][] sst = { { "sst-dev/corenlp", "CoreNLP as today", "dev" },
				{ "sst-dev/vader", "VADER compound", "dev" },
				{ "sst-dev/calibrated-oof", "v1, out of fold (10 folds)", "dev" },
				{ "sst-dev/v2-oof", "**v2, out of fold (10 folds)**", "dev" },
				{ "sst-dev/from-amazon", "v1, fitted on Amazon only", "dev" },
				{ "sst-dev/v2-from-amazon", "v2, fitted on Amazon only", "dev" },
				{ "sst-test/corenlp", "CoreNLP as today", "test" }, { "sst-test/vader", "VADER compound", "test" },
				{ "sst-test/calibrated", "v1 (fallback), shipped fit", "test" },
				{ "sst-test/v2", "**v2, shipped fit**", "test" },
				{ "sst-test/from-amazon", "v1, fitted on Amazon only", "test" },
				{ "sst-test/v2-from-amazon", "v2, fitted on Amazon only", "test" },
				{ "sst-test/from-sst-dev", "v1, fitted on SST dev only", "test" },
				{ "sst-test/v2-from-sst-dev", "v2, fitted on SST dev only", "test" } };
		for (String[] row : sst) {
			Figures f = figure(v1, v2, row[0]);
			out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.1f%% | %.1f%% |%n", row[1], row[2], f.r(),
					100 * f.fine(), 100 * f.binary()));
		}
		out.append(
				String.format(Locale.ROOT, "%n| v1 fit | intercept | C | V | band edges |%n|---|---|---|---|---|%n"));
		for (Object[] row : new Object[][] { { "shipped (Amazon + SST dev)", v1.shipped() },
				{ "Amazon only", v1.amazonOnly() }, { "SST dev only", v1.sstDevOnly() } }) {
			Calibration c = (Calibration) row[1];
			double[] e = c.edges();
			out.append(String.format(Locale.ROOT, "| %s | %+.4f | %.4f | %.4f | %.3f, %.3f, %.3f, %.3f |%n", row[0],
					c.intercept(), c.coreNlpWeight(), c.vaderWeight(), e[0], e[1], e[2], e[3]));
		}
		out.append(String.format(Locale.ROOT,
				"%n| v2 fit | intercept | C | V | P | N | band edges |%n" + "|---|---|---|---|---|---|---|%n"));
		for (Object[] row : new Object[][] { { "shipped (Amazon + SST dev)", v2.shipped() },
				{ "Amazon only", v2.amazonOnly() }, { "SST dev only", v2.sstDevOnly() } }) {
			PhraseCalibration c = (PhraseCalibration) row[1];
			double[] w = c.weights();
			double[] e = c.edges();
			out.append(
					String.format(Locale.ROOT, "| %s | %+.4f | %.4f | %.4f | %.4f | %+.4f | %.3f, %.3f, %.3f, %.3f |%n",
							row[0], w[0], w[1], w[2], w[3], w[4], e[0], e[1], e[2], e[3]));
		}
		return out.toString();
	}

	private static Figures figure(CalibrationFit.Report v1, Report v2, String key) {
		Figures f = v1.get(key);
		return f != null ? f : v2.get(key);
	}

	/**
	 * The 95% interval of v2's gain in r over v1's, out of fold on Amazon, by a paired
	 * bootstrap of the reviews (both scorers' out-of-fold scores of the same snippets, a
	 * resampled review bringing all its snippets; 2,000 resamples, fixed seed).
	 */
	String gainInterval(List<Example> examples, Vader vader) {
		List<Example> amazon = CalibrationFit.of(examples, "amazon");
		List<Example> dev = CalibrationFit.of(examples, "sst-dev");
		Map<Example, Double> v1 = new IdentityHashMap<>();
		CalibrationFit.outOfFold(amazon, dev, true, vader).forEach(x -> v1.put(x.example(), x.score()));
		Map<Example, Double> v2 = new IdentityHashMap<>();
		List<Point> points = points(examples, shipped());
		outOfFold(of(points, "amazon"), of(points, "sst-dev"), true).forEach(x -> v2.put(x.example(), x.score()));
		Map<String, List<Example>> byReview = new LinkedHashMap<>();
		amazon.forEach(e -> byReview.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e));
		List<List<Example>> reviews = new ArrayList<>(byReview.values());
		java.util.Random random = new java.util.Random(CalibrationFit.FOLD_SEED);
		double[] gains = new double[2000];
		for (int b = 0; b < gains.length; b++) {
			List<Example> sample = new ArrayList<>();
			for (int i = 0; i < reviews.size(); i++) {
				sample.addAll(reviews.get(random.nextInt(reviews.size())));
			}
			double[] gold = sample.stream().mapToDouble(Example::gold).toArray();
			double[] one = sample.stream().mapToDouble(v1::get).toArray();
			double[] two = sample.stream().mapToDouble(v2::get).toArray();
			gains[b] = CalibrationFit.pearson(two, gold) - CalibrationFit.pearson(one, gold);
		}
		java.util.Arrays.sort(gains);
		double[] all = amazon.stream().mapToDouble(Example::gold).toArray();
		double gain = CalibrationFit.pearson(amazon.stream().mapToDouble(v2::get).toArray(), all)
				- CalibrationFit.pearson(amazon.stream().mapToDouble(v1::get).toArray(), all);
		return String.format(Locale.ROOT,
				"v2's gain in r over v1, out of fold on Amazon: %+.3f, 95%% interval %+.3f to %+.3f (paired bootstrap "
						+ "of the %d reviews, 2,000 resamples)",
				gain, gains[49], gains[1949], reviews.size());
	}

}
