package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import news.tenor.scoring.calibration.CalibrationFit.Example;
import news.tenor.scoring.calibration.CalibrationFit.Scored;

/**
 * The product-of-experts form tried instead of a linear blend (and left out): each
 * sentence's class distribution is CoreNLP's root distribution tempered and tilted by the
 * other evidence, {@code q_k ∝ p_k^α · exp((k − 2)·(β·V + γ·P))}, its expected class
 * rescaled to [−1, 1] is averaged over the comment by tokens, and a line {@code a + b·x}
 * maps that to people's scale. α, β, γ by Nelder–Mead on the same pooled squared error as
 * the linear fit (a and b by least squares inside it), bands as the linear fit's.
 */
final class ProductOfExperts {

	/** A sentence as this form reads it. */
	record Sentence(double weight, double[] logP, double[] evidence) {
	}

	record Item(Example example, List<Sentence> sentences) {
	}

	record Model(double[] theta, double a, double b, double[] edges) {
	}

	private ProductOfExperts() {
	}

	static List<Item> items(List<Example> examples, List<ToDoubleFunction<SentenceInput>> evidence) {
		List<Item> items = new ArrayList<>();
		for (Example e : examples) {
			List<Sentence> sentences = new ArrayList<>();
			for (SentenceInput s : e.inputs()) {
				if (!s.scored()) {
					continue;
				}
				double[] logP = new double[5];
				for (int k = 0; k < 5; k++) {
					logP[k] = Math.log(Math.max(s.probabilities()[k], 1e-6));
				}
				double[] x = evidence.stream().mapToDouble(f -> f.applyAsDouble(s)).toArray();
				sentences.add(new Sentence(Math.max(1, s.tokens()), logP, x));
			}
			items.add(new Item(e, sentences));
		}
		return items;
	}

	static double raw(Item item, double[] theta) {
		double sum = 0;
		double weight = 0;
		for (Sentence s : item.sentences()) {
			double tilt = 0;
			for (int i = 0; i < s.evidence().length; i++) {
				tilt += theta[i + 1] * s.evidence()[i];
			}
			double[] logQ = new double[5];
			double max = Double.NEGATIVE_INFINITY;
			for (int k = 0; k < 5; k++) {
				logQ[k] = theta[0] * s.logP()[k] + tilt * (k - 2);
				max = Math.max(max, logQ[k]);
			}
			double z = 0;
			double expected = 0;
			for (int k = 0; k < 5; k++) {
				double q = Math.exp(logQ[k] - max);
				z += q;
				expected += q * (k - 2) / 2.0;
			}
			sum += s.weight() * expected / z;
			weight += s.weight();
		}
		return sum / weight;
	}

	/** Weighted least squares of the targets on (1, raw): {sse, a, b}. */
	private static double[] line(List<Item> items, double[] targets, double[] weights, double[] theta) {
		double sw = 0;
		double mx = 0;
		double my = 0;
		double[] x = new double[items.size()];
		for (int i = 0; i < x.length; i++) {
			x[i] = raw(items.get(i), theta);
			sw += weights[i];
			mx += weights[i] * x[i];
			my += weights[i] * targets[i];
		}
		mx /= sw;
		my /= sw;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < x.length; i++) {
			sxx += weights[i] * (x[i] - mx) * (x[i] - mx);
			sxy += weights[i] * (x[i] - mx) * (targets[i] - my);
		}
		double b = sxy / sxx;
		double a = my - b * mx;
		double sse = 0;
		for (int i = 0; i < x.length; i++) {
			double r = targets[i] - a - b * x[i];
			sse += weights[i] * r * r;
		}
		return new double[] { sse, a, b };
	}

	static Model fit(List<Item> amazon, List<Item> sst, int parameters) {
		double[] classValue = new double[5];
		int[] count = new int[5];
		for (Item item : amazon) {
			classValue[item.example().peopleClass()] += item.example().gold() / 4;
			count[item.example().peopleClass()]++;
		}
		for (int k = 0; k < 5; k++) {
			classValue[k] = amazon.isEmpty() ? (k - 2) / 2.0 : classValue[k] / count[k];
		}
		List<Item> all = new ArrayList<>(amazon);
		all.addAll(sst);
		double[] targets = new double[all.size()];
		double[] weights = new double[all.size()];
		for (int i = 0; i < all.size(); i++) {
			Example e = all.get(i).example();
			boolean isAmazon = i < amazon.size();
			targets[i] = isAmazon ? e.gold() / 4 : classValue[e.peopleClass()];
			weights[i] = 1.0 / (isAmazon ? amazon.size() : sst.size());
		}
		double[] start = new double[parameters];
		Arrays.fill(start, 0.5);
		start[0] = 0.3;
		double[] theta = nelderMead(t -> line(all, targets, weights, t)[0], start, 0.1, 200);
		double[] ab = line(all, targets, weights, theta);
		List<Item> banding = amazon.isEmpty() ? sst : amazon;
		double[] scores = banding.stream()
			.mapToDouble(item -> clamp(ab[1] + ab[2] * raw(item, theta)))
			.sorted()
			.toArray();
		int[] people = new int[5];
		banding.forEach(item -> people[item.example().peopleClass()]++);
		double[] edges = new double[4];
		int cumulative = 0;
		for (int k = 0; k < 4; k++) {
			cumulative += people[k];
			edges[k] = (scores[cumulative - 1] + scores[cumulative]) / 2;
		}
		return new Model(theta, ab[1], ab[2], edges);
	}

	private static double clamp(double x) {
		return Math.max(-1, Math.min(1, x));
	}

	static List<Scored> apply(Model model, List<Item> items) {
		List<Scored> scored = new ArrayList<>();
		for (Item item : items) {
			double s = clamp(model.a() + model.b() * raw(item, model.theta()));
			scored.add(new Scored(item.example(), s, Calibration.band(model.edges(), s)));
		}
		return scored;
	}

	static List<Scored> outOfFold(List<Item> target, List<Item> other, boolean targetIsAmazon, int parameters) {
		Map<String, Integer> fold = CalibrationFit.folds(target.stream().map(Item::example).toList());
		List<Scored> out = new ArrayList<>();
		for (int f = 0; f < CalibrationFit.FOLDS; f++) {
			int held = f;
			List<Item> train = target.stream().filter(i -> fold.get(i.example().group()) != held).toList();
			List<Item> test = target.stream().filter(i -> fold.get(i.example().group()) == held).toList();
			out.addAll(apply(targetIsAmazon ? fit(train, other, parameters) : fit(other, train, parameters), test));
		}
		return out;
	}

	/** Nelder–Mead, deterministic from its start. */
	static double[] nelderMead(java.util.function.ToDoubleFunction<double[]> f, double[] start, double step,
			int iterations) {
		int n = start.length;
		double[][] points = new double[n + 1][];
		double[] values = new double[n + 1];
		for (int i = 0; i <= n; i++) {
			points[i] = start.clone();
			if (i > 0) {
				points[i][i - 1] += step;
			}
			values[i] = f.applyAsDouble(points[i]);
		}
		for (int iteration = 0; iteration < iterations; iteration++) {
			Integer[] order = new Integer[n + 1];
			for (int i = 0; i <= n; i++) {
				order[i] = i;
			}
			double[] v = values;
			Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
			double[][] p = new double[n + 1][];
			double[] pv = new double[n + 1];
			for (int i = 0; i <= n; i++) {
				p[i] = points[order[i]];
				pv[i] = values[order[i]];
			}
			points = p;
			values = pv;
			double[] centroid = new double[n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					centroid[j] += points[i][j] / n;
				}
			}
			double[] reflected = towards(centroid, points[n], -1);
			double fr = f.applyAsDouble(reflected);
			if (fr < values[0]) {
				double[] expanded = towards(centroid, points[n], -2);
				double fe = f.applyAsDouble(expanded);
				points[n] = fe < fr ? expanded : reflected;
				values[n] = Math.min(fe, fr);
			}
			else if (fr < values[n - 1]) {
				points[n] = reflected;
				values[n] = fr;
			}
			else {
				double[] contracted = towards(centroid, points[n], 0.5);
				double fc = f.applyAsDouble(contracted);
				if (fc < values[n]) {
					points[n] = contracted;
					values[n] = fc;
				}
				else {
					for (int i = 1; i <= n; i++) {
						points[i] = towards(points[0], points[i], 0.5);
						values[i] = f.applyAsDouble(points[i]);
					}
				}
			}
		}
		int best = 0;
		for (int i = 1; i <= n; i++) {
			if (values[i] < values[best]) {
				best = i;
			}
		}
		return points[best];
	}

	/** {@code from + t·(to − from)}. */
	private static double[] towards(double[] from, double[] to, double t) {
		double[] x = new double[from.length];
		for (int i = 0; i < x.length; i++) {
			x[i] = from[i] + t * (to[i] - from[i]);
		}
		return x;
	}

}
