package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tenor's calibrated comment score, built on CoreNLP: CoreNLP's expected-class score and
 * VADER's compound of each sentence, combined with the weights of a {@link Calibration}
 * and averaged over the comment's sentences by their length in tokens, as Tenor averages
 * CoreNLP's distributions. The label is a band of the score, so shares, net sentiment and
 * the mean score always agree in direction. Needs only what the sentence cache holds
 * (text, tokens, root distribution): no parse.
 *
 * <p>
 * Plain Java, immutable and safe to share between threads; the lexicon is loaded once per
 * JVM ({@link Vader#shared()}). A sentence costs a few microseconds (VADER's rules on its
 * words), against milliseconds for CoreNLP's parse.
 */
public final class CalibratedScorer {

	private static volatile CalibratedScorer shipped;

	private final Calibration calibration;

	private final Vader vader;

	public CalibratedScorer(Calibration calibration, Vader vader) {
		this.calibration = calibration;
		this.vader = vader;
	}

	/** The scorer with the shipped calibration, built once per JVM. */
	public static CalibratedScorer shipped() {
		CalibratedScorer scorer = shipped;
		if (scorer == null) {
			synchronized (CalibratedScorer.class) {
				scorer = shipped;
				if (scorer == null) {
					scorer = new CalibratedScorer(Calibration.shipped(), Vader.shared());
					shipped = scorer;
				}
			}
		}
		return scorer;
	}

	/** The calibration's version, e.g. {@code calibrated-v1}: part of the model key. */
	public String version() {
		return this.calibration.version();
	}

	public Calibration calibration() {
		return this.calibration;
	}

	/** VADER's compound for one sentence. */
	public double vader(String sentence) {
		return this.vader.polarityScores(sentence).compound();
	}

	/**
	 * Scores a comment from its sentences; sentences CoreNLP did not score are left out,
	 * as they are of Tenor's CoreNLP score.
	 */
	public CalibratedScore score(List<SentenceInput> sentences) {
		List<Double> perSentence = new ArrayList<>(sentences.size());
		double weight = 0;
		double coreNlp = 0;
		double vader = 0;
		for (SentenceInput sentence : sentences) {
			if (!sentence.scored()) {
				perSentence.add(null);
				continue;
			}
			double c = sentence.coreNlpScore();
			double v = vader(sentence.text());
			double w = Math.max(1, sentence.tokens());
			coreNlp += w * c;
			vader += w * v;
			weight += w;
			perSentence.add(this.calibration.score(c, v));
		}
		if (weight == 0) {
			return new CalibratedScore(null, null, Collections.unmodifiableList(perSentence), null, null, version());
		}
		coreNlp /= weight;
		vader /= weight;
		double score = this.calibration.score(coreNlp, vader);
		return new CalibratedScore(score, this.calibration.label(score), Collections.unmodifiableList(perSentence),
				coreNlp, vader, version());
	}

}
