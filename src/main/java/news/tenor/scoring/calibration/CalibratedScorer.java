package news.tenor.scoring.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tenor's calibrated comment score, built on CoreNLP. A comment whose scored sentences
 * all carry CoreNLP's whole analysis gets calibrated-v2 ({@link PhraseCalibration}:
 * CoreNLP's root score, VADER's compound, the tree's polar phrases and the nouns' lexicon
 * valence); any other comment, from a cache that kept only root distributions, gets
 * calibrated-v1 ({@link Calibration}: the root score and VADER's compound). Either way
 * the features are averaged over the comment's sentences by their length in tokens, as
 * Tenor averages CoreNLP's distributions, and the label is a band of the score, so
 * shares, net sentiment and the mean score always agree in direction. No parse: only what
 * the cache holds.
 *
 * <p>
 * Plain Java, immutable and safe to share between threads; the lexicon is loaded once per
 * JVM ({@link Vader#shared()}). A sentence costs some microseconds (VADER's rules on its
 * words, one pass over its tree), against milliseconds for CoreNLP's parse.
 */
public final class CalibratedScorer {

	private static volatile CalibratedScorer shipped;

	private final Calibration calibration;

	private final PhraseCalibration phraseCalibration;

	private final Vader vader;

	/** A scorer that knows only v1 (every comment gets it). */
	public CalibratedScorer(Calibration calibration, Vader vader) {
		this(calibration, null, vader);
	}

	/**
	 * @param calibration v1, for comments without the whole analysis
	 * @param phraseCalibration v2, or {@code null} to use v1 for every comment
	 */
	public CalibratedScorer(Calibration calibration, PhraseCalibration phraseCalibration, Vader vader) {
		this.calibration = calibration;
		this.phraseCalibration = phraseCalibration;
		this.vader = vader;
	}

	/** The scorer with the shipped calibrations, built once per JVM. */
	public static CalibratedScorer shipped() {
		CalibratedScorer scorer = shipped;
		if (scorer == null) {
			synchronized (CalibratedScorer.class) {
				scorer = shipped;
				if (scorer == null) {
					scorer = new CalibratedScorer(Calibration.shipped(), PhraseCalibration.shipped(), Vader.shared());
					shipped = scorer;
				}
			}
		}
		return scorer;
	}

	/**
	 * The newest calibration's version, e.g. {@code calibrated-v2}; each comment's score
	 * says which one it got ({@link CalibratedScore#version()}).
	 */
	public String version() {
		return this.phraseCalibration != null ? this.phraseCalibration.version() : this.calibration.version();
	}

	/** v1, the fallback. */
	public Calibration calibration() {
		return this.calibration;
	}

	/** v2, or {@code null}. */
	public PhraseCalibration phraseCalibration() {
		return this.phraseCalibration;
	}

	/** VADER's compound for one sentence. */
	public double vader(String sentence) {
		return this.vader.polarityScores(sentence).compound();
	}

	/**
	 * Scores a comment from its sentences; sentences CoreNLP did not score are left out,
	 * as they are of Tenor's CoreNLP score. v2 when every scored sentence carries its
	 * analysis, else v1 for the whole comment (one scale per comment).
	 */
	public CalibratedScore score(List<SentenceInput> sentences) {
		List<SentenceFeatures> features = new ArrayList<>(sentences.size());
		boolean allAnalysed = this.phraseCalibration != null;
		for (SentenceInput sentence : sentences) {
			SentenceFeatures f = sentence.scored() ? SentenceFeatures.of(sentence, this.vader) : null;
			features.add(f);
			allAnalysed &= f == null || f.analysed();
		}
		boolean v2 = allAnalysed;
		List<Double> perSentence = new ArrayList<>(sentences.size());
		double weight = 0;
		double[] mean = new double[4];
		for (int i = 0; i < sentences.size(); i++) {
			SentenceFeatures f = features.get(i);
			if (f == null) {
				perSentence.add(null);
				continue;
			}
			double w = Math.max(1, sentences.get(i).tokens());
			mean[0] += w * f.coreNlp();
			mean[1] += w * f.vader();
			if (v2) {
				mean[2] += w * f.phrases();
				mean[3] += w * f.nouns();
			}
			weight += w;
			perSentence.add(v2 ? this.phraseCalibration.score(f) : this.calibration.score(f.coreNlp(), f.vader()));
		}
		String version = v2 ? this.phraseCalibration.version() : this.calibration.version();
		if (weight == 0) {
			return new CalibratedScore(null, null, Collections.unmodifiableList(perSentence), null, null, null, null,
					version);
		}
		for (int k = 0; k < 4; k++) {
			mean[k] /= weight;
		}
		if (v2) {
			double score = this.phraseCalibration.score(mean[0], mean[1], mean[2], mean[3]);
			return new CalibratedScore(score, this.phraseCalibration.label(score),
					Collections.unmodifiableList(perSentence), mean[0], mean[1], mean[2], mean[3], version);
		}
		double score = this.calibration.score(mean[0], mean[1]);
		return new CalibratedScore(score, this.calibration.label(score), Collections.unmodifiableList(perSentence),
				mean[0], mean[1], null, null, version);
	}

}
