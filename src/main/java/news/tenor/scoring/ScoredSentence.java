package news.tenor.scoring;

import java.io.Serializable;

/**
 * What an executor found of a sentence, with where it was computed.
 *
 * @param score CoreNLP's score, or {@code null} when it was not parsed (only detected, or
 * in another language)
 * @param analysis CoreNLP's whole analysis ({@link SentenceAnalysis#encode()}), or
 * {@code null} with the score or when it failed
 * @param language the ISO 639-1 code of its language on its own ({@code und}: too short
 * to tell), or {@code null} when not detected
 * @param letters and {@code latin}: what the comment-level language rule needs
 * @param mentions its named entities ({@code SentenceMentions.encode()}, format m1), or
 * {@code null} when they were not asked, the sentence is clearly not English or the
 * recogniser failed
 */
record ScoredSentence(long sentenceId, SentenceScore score, String analysis, String language, int letters,
		boolean latin, String mentions, String executor) implements Serializable {
}
