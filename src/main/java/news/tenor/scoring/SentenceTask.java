package news.tenor.scoring;

import java.io.Serializable;

/**
 * A cached sentence that needs work in Spark, as it travels to an executor: a CoreNLP
 * parse, and for the calibrated score the detection of its language (a sentence scored
 * before, in a cache without its language, travels for the detection alone).
 *
 * @param parse whether CoreNLP must parse it (it has no score in the cache)
 * @param detect whether its language must be detected (the calibrated score reads English
 * only): a sentence clearly in another language is then not parsed at all
 * @param recognise whether CoreNLP's named-entity recogniser must tag it (calibrated
 * score, no mentions cached): in the parser's pass when it is parsed, alone otherwise;
 * not when it turns out clearly in another language
 */
record SentenceTask(long sentenceId, String text, int tokens, boolean parse, boolean detect,
		boolean recognise) implements Serializable {

	/** A sentence to parse, its language and mentions not asked. */
	SentenceTask(long sentenceId, String text, int tokens) {
		this(sentenceId, text, tokens, true, false, false);
	}

}
