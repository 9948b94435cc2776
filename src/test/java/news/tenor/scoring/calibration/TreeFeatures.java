package news.tenor.scoring.calibration;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import news.tenor.scoring.SentenceAnalysis;

/**
 * The sentence features read from CoreNLP's whole analysis that were tried for
 * calibrated-v2 and left out (the shipped two are {@link SentenceFeatures}'s): each a
 * number of one sentence, averaged over a comment's sentences by tokens as the shipped
 * ones are. {@link PhraseCalibrationFit#ablation} reports what each adds out of fold.
 */
final class TreeFeatures {

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "nothing", "none", "nobody", "nor",
			"neither", "without", "cannot");

	private static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "yet");

	private TreeFeatures() {
	}

	/** The mean expected class of the nodes that pass, each weighted as given. */
	static double mean(SentenceAnalysis a, Predicate<Integer> nodes, boolean bySpan) {
		double sum = 0;
		double weight = 0;
		for (int node = 0; node < a.nodes(); node++) {
			if (nodes.test(node)) {
				double w = bySpan ? a.span(node) : 1;
				sum += w * a.score(node);
				weight += w;
			}
		}
		return weight > 0 ? sum / weight : a.score(0);
	}

	static double meanOfNodes(SentenceAnalysis a) {
		return mean(a, node -> true, false);
	}

	static double spanWeightedMeanOfNodes(SentenceAnalysis a) {
		return mean(a, node -> true, true);
	}

	/** Phrases: the nodes joining two children (the root of a one-word sentence else). */
	static double meanOfPhrases(SentenceAnalysis a) {
		return mean(a, node -> !a.isWord(node), false);
	}

	static double spanWeightedMeanOfPhrases(SentenceAnalysis a) {
		return mean(a, node -> !a.isWord(node), true);
	}

	static double meanOfWords(SentenceAnalysis a) {
		return mean(a, a::isWord, false);
	}

	/**
	 * The most positive node's expected class, or with {@code sign} −1 the most negative.
	 */
	static double extreme(SentenceAnalysis a, int sign, boolean phrasesOnly, boolean bySpan) {
		double best = Double.NaN;
		for (int node = 0; node < a.nodes(); node++) {
			if (phrasesOnly && a.isWord(node) && a.nodes() > 1) {
				continue;
			}
			double s = a.score(node) * (bySpan ? Math.sqrt((double) a.span(node) / a.tokens()) : 1);
			if (Double.isNaN(best) || sign * s > sign * best) {
				best = s;
			}
		}
		return best;
	}

	/**
	 * Share of nodes with an expected class beyond ±0.25, signed: positive less negative.
	 */
	static double netPolarShare(SentenceAnalysis a) {
		int net = 0;
		for (int node = 0; node < a.nodes(); node++) {
			double s = a.score(node);
			net += s > 0.25 ? 1 : s < -0.25 ? -1 : 0;
		}
		return (double) net / a.nodes();
	}

	static double polarShare(SentenceAnalysis a) {
		int polar = 0;
		for (int node = 0; node < a.nodes(); node++) {
			polar += Math.abs(a.score(node)) > 0.25 ? 1 : 0;
		}
		return (double) polar / a.nodes();
	}

	static double leftOfRoot(SentenceAnalysis a) {
		return a.isWord(0) ? a.score(0) : a.score(a.left(0));
	}

	static double rightOfRoot(SentenceAnalysis a) {
		return a.isWord(0) ? a.score(0) : a.score(a.right(0));
	}

	/**
	 * The clause after the last "but" (however, although, though, yet): the largest node
	 * starting right after it; the root's score when there is none.
	 */
	static double afterContrast(SentenceAnalysis a) {
		int contrast = -1;
		for (int i = 0; i < a.tokens(); i++) {
			if (CONTRASTS.contains(a.word(i).toLowerCase(Locale.ROOT))) {
				contrast = i;
			}
		}
		int best = -1;
		for (int node = 0; node < a.nodes() && contrast >= 0; node++) {
			if (a.start(node) == contrast + 1 && (best < 0 || a.span(node) > a.span(best))) {
				best = node;
			}
		}
		return a.score(best < 0 ? 0 : best);
	}

	/** log((p3 + p4) / (p0 + p1)) of a node, smoothed by 0.001. */
	static double logOdds(SentenceAnalysis a, int node) {
		double positive = a.probability(node, 3) + a.probability(node, 4);
		double negative = a.probability(node, 0) + a.probability(node, 1);
		return Math.log((positive + 1e-3) / (negative + 1e-3));
	}

	static double meanLogOdds(SentenceAnalysis a) {
		double sum = 0;
		for (int node = 0; node < a.nodes(); node++) {
			sum += logOdds(a, node);
		}
		return sum / a.nodes();
	}

	/** VADER's lexicon valence of the words whose tag passes, summed. */
	static double valence(SentenceAnalysis a, Vader vader, Predicate<String> tag) {
		double sum = 0;
		for (int i = 0; i < a.tokens(); i++) {
			if (tag.test(a.tag(i))) {
				Double v = vader.valence(a.word(i).toLowerCase(Locale.ROOT));
				sum += v == null ? 0 : v;
			}
		}
		return sum;
	}

	static boolean adjectiveVerbOrAdverb(String tag) {
		return tag.startsWith("JJ") || tag.startsWith("VB") || tag.startsWith("RB");
	}

	/**
	 * VADER's word valences with negation scoped by the tree: a word inside the sibling
	 * of a node of at most two tokens holding a negation is multiplied by VADER's −0.74.
	 */
	static double treeNegatedValence(SentenceAnalysis a, Vader vader) {
		double[] factor = new double[a.tokens()];
		java.util.Arrays.fill(factor, 1);
		for (int node = 0; node < a.nodes(); node++) {
			if (a.isWord(node)) {
				continue;
			}
			int left = a.left(node);
			boolean negation = false;
			for (int i = a.start(left); i < a.end(left) && a.span(left) <= 2; i++) {
				negation |= NEGATIONS.contains(a.word(i).toLowerCase(Locale.ROOT));
			}
			if (negation) {
				for (int i = a.start(a.right(node)); i < a.end(a.right(node)); i++) {
					factor[i] *= -0.74;
				}
			}
		}
		double sum = 0;
		for (int i = 0; i < a.tokens(); i++) {
			Double v = vader.valence(a.word(i).toLowerCase(Locale.ROOT));
			sum += v == null ? 0 : v * factor[i];
		}
		return sum;
	}

	/**
	 * Negated negatives ("you will not be disappointed", "no complaints", "won't regret
	 * it"), the commonest kind among the Amazon snippets people rate far more positive
	 * than v2 does: for each negation, the first word of VADER's lexicon with a negative
	 * valence among the three tokens after it (up to punctuation) counts its valence as
	 * positive; the sum, squashed.
	 */
	static double negatedNegatives(SentenceAnalysis a, Vader vader) {
		double sum = 0;
		for (int i = 0; i < a.tokens(); i++) {
			if (!NEGATIONS.contains(a.word(i).toLowerCase(Locale.ROOT))) {
				continue;
			}
			for (int j = i + 1; j <= Math.min(a.tokens() - 1, i + 3); j++) {
				String word = a.word(j).toLowerCase(Locale.ROOT);
				if (word.matches("\\p{Punct}+")) {
					break;
				}
				Double v = vader.valence(word);
				if (v != null && v < 0) {
					sum -= v;
					break;
				}
			}
		}
		return squash(sum);
	}

	/** The words of the sentence none of whose tags pass: VADER silences them. */
	static Set<String> wordsNotTagged(SentenceAnalysis a, Predicate<String> tag) {
		Set<String> silenced = new HashSet<>();
		Set<String> kept = new HashSet<>();
		for (int i = 0; i < a.tokens(); i++) {
			(tag.test(a.tag(i)) ? kept : silenced).add(a.word(i).toLowerCase(Locale.ROOT));
		}
		silenced.removeAll(kept);
		return silenced;
	}

	static double squash(double sum) {
		return sum / Math.sqrt(sum * sum + 15);
	}

}
