package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.calibration.CalibrationFit.Example;
import news.tenor.scoring.calibration.PhraseCalibrationFit.Linear;
import news.tenor.scoring.calibration.PhraseCalibrationFit.Point;

/**
 * A candidate tried for the calibrated score and left out: a weight for every word,
 * learned from the people's ratings on top of v2. It is the one thing measured that lifts
 * Amazon's out-of-fold r past 0.70, and this class measures why it is not shipped: the
 * words it learns carry over to other products of the same kind of review, not to another
 * kind of text.
 * <p>
 * v2 is fitted first (its five weights, as shipped); then ridge regression of what v2
 * leaves unexplained on each word's share of the comment's tokens (CoreNLP's tokens,
 * lower-cased; words seen in at least two training items), each data set weighing half,
 * solved by conjugate gradients. Measured four ways: Amazon out of fold by review (v2's
 * folds), Amazon leaving out one product at a time, SST test fitted on Amazon and SST
 * dev, and across kinds of text: the words learned on one set alone (v2's pooled weights
 * underneath) applied to the other.
 */
final class WordWeights {

	/** Ridge penalties tried, per unit of each set's weight. */
	static final double[] PENALTIES = { 1e-3, 3e-4, 1e-4 };

	static final int PRODUCTS = 4;

	/**
	 * The products of the Amazon snippets by review number. The data names none; they are
	 * read from the reviews' words (Hu and Liu's product reviews, which VADER's authors
	 * rated): an Apex DVD player, two digital cameras (Canon, Nikon), a Nokia phone, MP3
	 * players (Creative Zen and Nomad, iPod).
	 */
	static int product(Example amazon) {
		int review = Integer.parseInt(amazon.group());
		if (review <= 98) {
			return 0;
		}
		if (review <= 175) {
			return 1;
		}
		return review <= 215 ? 2 : 3;
	}

	/** An item's words: each lower-cased token's share of the item's scored tokens. */
	record Bag(Point point, Map<String, Double> shares) {
	}

	private WordWeights() {
	}

	static List<Bag> bags(List<Point> points) {
		List<Bag> bags = new ArrayList<>(points.size());
		for (Point p : points) {
			Map<String, Double> counts = new HashMap<>();
			int tokens = 0;
			for (SentenceInput s : p.example().inputs()) {
				SentenceAnalysis a = s.scored() ? s.analysis() : null;
				if (a == null) {
					continue;
				}
				for (int t = 0; t < a.tokens(); t++) {
					counts.merge(a.word(t).toLowerCase(Locale.ROOT), 1.0, Double::sum);
					tokens++;
				}
			}
			int total = Math.max(1, tokens);
			counts.replaceAll((w, n) -> n / total);
			bags.add(new Bag(p, counts));
		}
		return bags;
	}

	/** v2 and a weight per word on top of it. */
	record Model(Linear base, Map<String, Double> words) {

		double score(Bag bag) {
			double s = this.base.unclamped(bag.point().x());
			for (Map.Entry<String, Double> w : bag.shares().entrySet()) {
				s += this.words.getOrDefault(w.getKey(), 0.0) * w.getValue();
			}
			return Math.max(-1, Math.min(1, s));
		}

	}

	/**
	 * Words learned on {@code amazon} and {@code sst} (either may be empty) over the
	 * given v2 fit; people's verdict as v2 is fitted to it. An infinite penalty learns no
	 * words: v2 alone.
	 */
	static Model fit(Linear base, List<Bag> amazon, List<Bag> sst, double penalty) {
		if (Double.isInfinite(penalty)) {
			return new Model(base, Map.of());
		}
		double[] classValue = PhraseCalibrationFit.classValues(points(amazon));
		List<Bag> all = new ArrayList<>(amazon);
		all.addAll(sst);
		double[] weight = new double[all.size()];
		double[] residual = new double[all.size()];
		int sets = (amazon.isEmpty() ? 0 : 1) + (sst.isEmpty() ? 0 : 1);
		for (int i = 0; i < all.size(); i++) {
			Bag b = all.get(i);
			boolean isAmazon = i < amazon.size();
			weight[i] = 1.0 / sets / (isAmazon ? amazon.size() : sst.size());
			double target = isAmazon ? b.point().example().gold() / 4 : classValue[b.point().example().peopleClass()];
			residual[i] = target - base.score(b.point().x());
		}
		Map<String, Integer> seen = new HashMap<>();
		all.forEach(b -> b.shares().keySet().forEach(w -> seen.merge(w, 1, Integer::sum)));
		Map<String, Integer> column = new LinkedHashMap<>();
		seen.forEach((w, n) -> {
			if (n >= 2) {
				column.put(w, column.size());
			}
		});
		int[][] cols = new int[all.size()][];
		double[][] vals = new double[all.size()][];
		for (int i = 0; i < all.size(); i++) {
			List<Map.Entry<String, Double>> kept = all.get(i)
				.shares()
				.entrySet()
				.stream()
				.filter(e -> column.containsKey(e.getKey()))
				.toList();
			cols[i] = kept.stream().mapToInt(e -> column.get(e.getKey())).toArray();
			vals[i] = kept.stream().mapToDouble(Map.Entry::getValue).toArray();
		}
		double[] w = ridge(cols, vals, weight, residual, column.size(), penalty);
		Map<String, Double> words = new HashMap<>();
		column.forEach((word, j) -> words.put(word, w[j]));
		return new Model(base, words);
	}

	/**
	 * Minimises Σ weight·(y − Xw)² + penalty·|w|² by conjugate gradients on the normal
	 * equations; X sparse by rows.
	 */
	static double[] ridge(int[][] cols, double[][] vals, double[] weight, double[] y, int d, double penalty) {
		double[] b = new double[d];
		for (int i = 0; i < y.length; i++) {
			for (int k = 0; k < cols[i].length; k++) {
				b[cols[i][k]] += weight[i] * vals[i][k] * y[i];
			}
		}
		double[] x = new double[d];
		double[] r = b.clone();
		double[] p = r.clone();
		double rr = dot(r, r);
		double stop = 1e-20 * Math.max(rr, 1e-300);
		for (int iteration = 0; iteration < 2000 && rr > stop; iteration++) {
			double[] ap = normal(cols, vals, weight, p, penalty);
			double alpha = rr / dot(p, ap);
			for (int j = 0; j < d; j++) {
				x[j] += alpha * p[j];
				r[j] -= alpha * ap[j];
			}
			double next = dot(r, r);
			for (int j = 0; j < d; j++) {
				p[j] = r[j] + next / rr * p[j];
			}
			rr = next;
		}
		return x;
	}

	private static double[] normal(int[][] cols, double[][] vals, double[] weight, double[] v, double penalty) {
		double[] out = new double[v.length];
		for (int i = 0; i < cols.length; i++) {
			double xv = 0;
			for (int k = 0; k < cols[i].length; k++) {
				xv += vals[i][k] * v[cols[i][k]];
			}
			for (int k = 0; k < cols[i].length; k++) {
				out[cols[i][k]] += weight[i] * vals[i][k] * xv;
			}
		}
		for (int j = 0; j < v.length; j++) {
			out[j] += penalty * v[j];
		}
		return out;
	}

	private static double dot(double[] a, double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			s += a[i] * b[i];
		}
		return s;
	}

	/**
	 * The table of the class comment's four measures, for each penalty and for v2 alone.
	 */
	static String report(List<Point> v2Points) {
		List<Bag> amazon = bags(PhraseCalibrationFit.of(v2Points, "amazon"));
		List<Bag> dev = bags(PhraseCalibrationFit.of(v2Points, "sst-dev"));
		List<Bag> test = bags(PhraseCalibrationFit.of(v2Points, "sst-test"));
		Map<String, Integer> fold = CalibrationFit.folds(amazon.stream().map(b -> b.point().example()).toList());
		Linear pooled = PhraseCalibrationFit.fit(points(amazon), points(dev));
		StringBuilder out = new StringBuilder(String
			.format(Locale.ROOT, "%nLearned word weights on top of v2 (r; v2's own figure in the first row):%n%n"
					+ "| words' penalty | Amazon, out of fold by review | Amazon, leaving out one of %d products "
					+ "| SST test | SST test, words learned on Amazon alone | Amazon, words learned on SST dev alone |%n"
					+ "|---|---|---|---|---|---|%n", PRODUCTS));
		Model strongest = null;
		for (double penalty : new double[] { Double.POSITIVE_INFINITY, PENALTIES[0], PENALTIES[1], PENALTIES[2] }) {
			Model all = fit(pooled, amazon, dev, penalty);
			out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
					Double.isInfinite(penalty) ? "none (v2)" : String.format(Locale.ROOT, "%.0e", penalty),
					outOfFold(amazon, dev, penalty, b -> fold.get(b.point().example().group()), CalibrationFit.FOLDS),
					outOfFold(amazon, dev, penalty, b -> product(b.point().example()), PRODUCTS), r(all, test),
					r(fit(pooled, amazon, List.of(), penalty), test), r(fit(pooled, List.of(), dev, penalty), amazon)));
			strongest = all;
		}
		List<Map.Entry<String, Double>> ranked = strongest.words()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.toList();
		List<Map.Entry<String, Double>> positive = new ArrayList<>(ranked.subList(ranked.size() - 12, ranked.size()));
		Collections.reverse(positive);
		out.append(String.format(Locale.ROOT,
				"%nWith penalty %.0e, fitted on Amazon and SST dev: %d words; the most negative %s; the most positive %s%n",
				PENALTIES[PENALTIES.length - 1], ranked.size(), words(ranked.subList(0, 12)), words(positive)));
		return out.toString();
	}

	private static String words(List<Map.Entry<String, Double>> words) {
		return words.stream()
			.map(w -> String.format(Locale.ROOT, "%s %+.2f", w.getKey(), w.getValue()))
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

	/**
	 * Amazon's r, each fold scored by v2 and words fitted on the other folds and all of
	 * SST dev.
	 */
	private static double outOfFold(List<Bag> amazon, List<Bag> dev, double penalty, ToIntFunction<Bag> fold,
			int folds) {
		List<Double> scores = new ArrayList<>();
		List<Bag> order = new ArrayList<>();
		for (int f = 0; f < folds; f++) {
			int held = f;
			List<Bag> train = amazon.stream().filter(b -> fold.applyAsInt(b) != held).toList();
			List<Bag> left = amazon.stream().filter(b -> fold.applyAsInt(b) == held).toList();
			Model m = fit(PhraseCalibrationFit.fit(points(train), points(dev)), train, dev, penalty);
			left.forEach(b -> scores.add(m.score(b)));
			order.addAll(left);
		}
		return r(scores, order);
	}

	private static List<Point> points(List<Bag> bags) {
		return bags.stream().map(Bag::point).toList();
	}

	private static double r(Model model, List<Bag> bags) {
		return r(bags.stream().map(model::score).toList(), bags);
	}

	private static double r(List<Double> scores, List<Bag> bags) {
		double[] score = scores.stream().mapToDouble(Double::doubleValue).toArray();
		double[] gold = bags.stream().mapToDouble(b -> b.point().example().gold()).toArray();
		return CalibrationFit.pearson(score, gold);
	}

}
