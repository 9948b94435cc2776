package news.tenor.scoring.calibration;

import java.util.Locale;

import news.tenor.scoring.SentenceAnalysis;

/**
 * What calibrated-v2 reads from one sentence: the two scores v1 combines and two read
 * from CoreNLP's whole analysis.
 *
 * @param coreNlp CoreNLP's expected class at the root, rescaled to [−1, 1] (v1's C)
 * @param vader VADER's compound of the text (v1's V)
 * @param phrases the mean expected class of every node of the sentiment tree, each node
 * weighted by how sure the model is that it is not neutral (1 − p2); NaN without an
 * analysis
 * @param nouns VADER's valences of the words CoreNLP tagged as nouns, summed and
 * normalised as VADER normalises its sum ({@code x / sqrt(x² + 15)}); NaN without an
 * analysis
 */
record SentenceFeatures(double coreNlp, double vader, double phrases, double nouns) {

	static SentenceFeatures of(SentenceInput sentence, Vader vader) {
		double c = sentence.coreNlpScore();
		double v = vader.polarityScores(sentence.text()).compound();
		if (!sentence.analysed()) {
			return new SentenceFeatures(c, v, Double.NaN, Double.NaN);
		}
		return new SentenceFeatures(c, v, phraseEvidence(sentence.analysis()), nounValence(sentence.analysis(), vader));
	}

	/**
	 * The polar phrases' verdict: the RNTN's expected class averaged over all nodes, a
	 * node weighted by 1 − p2. The root alone misses a strong phrase the composition
	 * dampened; neutral words and phrases, most of the tree, count for little. 0 when
	 * every node is certainly neutral.
	 */
	static double phraseEvidence(SentenceAnalysis analysis) {
		double sum = 0;
		double weight = 0;
		for (int node = 0; node < analysis.nodes(); node++) {
			double w = 1 - analysis.probability(node, 2) / total(analysis, node);
			sum += w * analysis.score(node);
			weight += w;
		}
		return weight > 0 ? sum / weight : 0;
	}

	private static double total(SentenceAnalysis analysis, int node) {
		double total = 0;
		for (int k = 0; k < 5; k++) {
			total += analysis.probability(node, k);
		}
		return total;
	}

	/**
	 * The valence VADER's lexicon gives the sentence's nouns (by CoreNLP's tags), which
	 * VADER's compound already counts: v2 weighs it negatively, taking back part of it.
	 * Nouns in VADER's lexicon are mostly topics ("comedy", "war", "support", "problem")
	 * rather than the writer's stance; both data sets, fitted apart, agree on that.
	 */
	static double nounValence(SentenceAnalysis analysis, Vader vader) {
		double sum = 0;
		for (int token = 0; token < analysis.tokens(); token++) {
			if (analysis.tag(token).startsWith("NN")) {
				Double valence = vader.valence(analysis.word(token).toLowerCase(Locale.ROOT));
				sum += valence == null ? 0 : valence;
			}
		}
		return sum / Math.sqrt(sum * sum + 15);
	}

	boolean analysed() {
		return !Double.isNaN(this.phrases);
	}

}
