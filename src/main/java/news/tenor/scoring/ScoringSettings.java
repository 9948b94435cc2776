package news.tenor.scoring;

import java.io.Serializable;
import java.util.Properties;

/**
 * Everything that decides a sentence's score: the parser and the longest sentence it is
 * given. Travels to Spark executors, so it is a small serialisable value;
 * {@link #modelKey()} keys the sentence cache, so changing either setting invalidates
 * exactly the entries it affects.
 */
public record ScoringSettings(ParserChoice parser, int maxSentenceTokens) implements Serializable {

	/**
	 * The CoreNLP release on the classpath; part of the cache key because models change
	 * with it.
	 */
	public static final String CORENLP_VERSION = "4.5.10";

	public static final int DEFAULT_MAX_SENTENCE_TOKENS = 80;

	public ScoringSettings {
		if (maxSentenceTokens < 1) {
			throw new IllegalArgumentException("the longest sentence must be at least one token");
		}
	}

	public static ScoringSettings defaults() {
		return new ScoringSettings(ParserChoice.SR, DEFAULT_MAX_SENTENCE_TOKENS);
	}

	public String modelKey() {
		return "corenlp-" + CORENLP_VERSION + "/" + this.parser.name().toLowerCase() + "/maxlen-"
				+ this.maxSentenceTokens;
	}

	/**
	 * The pipeline CoreNLP's command line builds with
	 * {@code -annotators tokenize,ssplit,pos,parse,sentiment -parse.model M -parse.maxlen N},
	 * fed one sentence at a time.
	 */
	public Properties pipelineProperties() {
		Properties properties = new Properties();
		properties.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
		properties.setProperty("ssplit.isOneSentence", "true");
		properties.setProperty("parse.model", this.parser.model());
		properties.setProperty("parse.maxlen", Integer.toString(this.maxSentenceTokens));
		return properties;
	}

}
