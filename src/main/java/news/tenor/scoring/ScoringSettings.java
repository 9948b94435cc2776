package news.tenor.scoring;

import java.io.Serializable;
import java.util.Locale;

import edu.stanford.nlp.pipeline.Annotator;
import news.tenor.scoring.calibration.PhraseCalibration;

/**
 * Everything that decides a score: the parser, the longest sentence it is given, and how
 * a comment's score is made of its sentences' (the {@link Scorer}). Travels to Spark
 * executors, so it is a small serialisable value.
 *
 * <p>
 * Two keys, so that changing a setting invalidates exactly what it affects: a sentence's
 * score depends only on the CoreNLP release and the parser ({@link #sentenceModelKey()},
 * the key of the sentence cache), while a comment's score also depends on which of its
 * sentences were short enough to be parsed ({@link #modelKey()}, the key of comment
 * scores and reports). Raising the limit therefore parses only the sentences that were
 * over the old one; switching parser parses everything once more under the other parser
 * and leaves the first parser's entries in place. The scorer and its calibration's
 * version are part of the comment's key only: switching scorer, or a new calibration,
 * scores the comments again from the cached sentences without parsing anything.
 */
public record ScoringSettings(ParserChoice parser, int maxSentenceTokens, Scorer scorer) implements Serializable {

	/**
	 * The CoreNLP release on the classpath (from its jar's manifest); part of the cache
	 * keys because models change with it.
	 */
	public static final String CORENLP_VERSION = corenlpVersion();

	public static final int DEFAULT_MAX_SENTENCE_TOKENS = 80;

	/**
	 * What to give a JVM that cannot load the calibrated scorer's models besides the
	 * parser's (language detection, the named-entity recogniser), for either parser:
	 * {@link ParserChoice#calibratedHeapMb()}.
	 */
	public static final String CALIBRATED_HEAP_ADVICE = MemoryShortage.atLeast(ParserChoice.SR.calibratedHeapMb())
			+ " (" + MemoryShortage.megabytes(ParserChoice.PCFG.calibratedHeapMb()) + " with the PCFG parser)";

	/**
	 * The shipped calibration's version ({@code calibrated-v2}): part of the calibrated
	 * scorer's key, so that a new calibration scores every comment again (from the
	 * cache).
	 */
	public static final String CALIBRATION_VERSION = PhraseCalibration.shipped().version();

	public ScoringSettings {
		if (maxSentenceTokens < 1) {
			throw new IllegalArgumentException("the longest sentence must be at least one token");
		}
		if (scorer == null) {
			throw new IllegalArgumentException("a scorer is needed");
		}
	}

	/** CoreNLP's own scores, as every release before the calibrated score made them. */
	public ScoringSettings(ParserChoice parser, int maxSentenceTokens) {
		this(parser, maxSentenceTokens, Scorer.CORENLP);
	}

	/**
	 * A new run's settings when nothing else is said: shift-reduce, 80 tokens,
	 * calibrated.
	 */
	public static ScoringSettings defaults() {
		return new ScoringSettings(ParserChoice.SR, DEFAULT_MAX_SENTENCE_TOKENS, Scorer.CALIBRATED);
	}

	public ScoringSettings withScorer(Scorer other) {
		return new ScoringSettings(this.parser, this.maxSentenceTokens, other);
	}

	/** Keys the sentence cache: what a sentence's score depends on. */
	public String sentenceModelKey() {
		return "corenlp-" + CORENLP_VERSION + "/" + this.parser.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Keys comment scores and reports: what a comment's score depends on. CoreNLP's keeps
	 * the key of the releases before the calibrated score, whose comment scores it is;
	 * the calibrated one adds its calibration's version ({@code /calibrated-v2}).
	 */
	public String modelKey() {
		String key = sentenceModelKey() + "/maxlen-" + this.maxSentenceTokens;
		return this.scorer == Scorer.CORENLP ? key : key + "/" + CALIBRATION_VERSION;
	}

	private static String corenlpVersion() {
		String version = Annotator.class.getPackage().getImplementationVersion();
		return version != null ? version : "unknown";
	}

}
