package news.tenor.scoring;

import java.io.Serializable;
import java.util.Locale;

import edu.stanford.nlp.pipeline.Annotator;

/**
 * Everything that decides a score: the parser and the longest sentence it is given.
 * Travels to Spark executors, so it is a small serialisable value.
 *
 * <p>
 * Two keys, so that changing a setting invalidates exactly what it affects: a sentence's
 * score depends only on the CoreNLP release and the parser ({@link #sentenceModelKey()},
 * the key of the sentence cache), while a comment's score also depends on which of its
 * sentences were short enough to be parsed ({@link #modelKey()}, the key of comment
 * scores and reports). Raising the limit therefore parses only the sentences that were
 * over the old one; switching parser parses everything once more under the other parser
 * and leaves the first parser's entries in place.
 */
public record ScoringSettings(ParserChoice parser, int maxSentenceTokens) implements Serializable {

	/**
	 * The CoreNLP release on the classpath (from its jar's manifest); part of the cache
	 * keys because models change with it.
	 */
	public static final String CORENLP_VERSION = corenlpVersion();

	public static final int DEFAULT_MAX_SENTENCE_TOKENS = 80;

	public ScoringSettings {
		if (maxSentenceTokens < 1) {
			throw new IllegalArgumentException("the longest sentence must be at least one token");
		}
	}

	public static ScoringSettings defaults() {
		return new ScoringSettings(ParserChoice.SR, DEFAULT_MAX_SENTENCE_TOKENS);
	}

	/** Keys the sentence cache: what a sentence's score depends on. */
	public String sentenceModelKey() {
		return "corenlp-" + CORENLP_VERSION + "/" + this.parser.name().toLowerCase(Locale.ROOT);
	}

	/** Keys comment scores and reports: what a comment's score depends on. */
	public String modelKey() {
		return sentenceModelKey() + "/maxlen-" + this.maxSentenceTokens;
	}

	private static String corenlpVersion() {
		String version = Annotator.class.getPackage().getImplementationVersion();
		return version != null ? version : "unknown";
	}

}
