package news.tenor.scoring;

import java.util.Locale;

import news.tenor.scoring.calibration.CalibratedScorer;

/**
 * How a comment's score is made from CoreNLP's analysis of its sentences.
 */
public enum Scorer {

	/**
	 * CoreNLP's own verdict, as every release before the calibrated score: the expected
	 * class of the token-weighted mean distribution of the comment's sentences, the label
	 * its most probable class; every sentence counts, whatever its language.
	 */
	CORENLP("corenlp", "Stanford CoreNLP's sentiment, as its command line gives it"),

	/**
	 * Tenor's score, calibrated against people's ratings ({@link CalibratedScorer}): from
	 * CoreNLP's analysis, VADER's lexicon and CoreNLP's phrases, labels as bands of the
	 * score; English sentences only.
	 */
	CALIBRATED("calibrated", "Tenor's calibrated score on Stanford CoreNLP's analysis, English sentences only");

	private final String key;

	private final String description;

	Scorer(String key, String description) {
		this.key = key;
		this.description = description;
	}

	/** As the command line and job files name it: {@code corenlp}, {@code calibrated}. */
	public String key() {
		return this.key;
	}

	/** For the Overview and the Run sheet. */
	public String description() {
		return this.description;
	}

	public static Scorer of(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		for (Scorer scorer : values()) {
			if (scorer.key.equals(key)) {
				return scorer;
			}
		}
		throw new IllegalArgumentException("unknown scorer '" + name.strip() + "' (choose calibrated or corenlp)");
	}

}
