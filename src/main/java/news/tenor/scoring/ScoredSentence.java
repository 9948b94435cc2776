package news.tenor.scoring;

import java.io.Serializable;

/** A sentence's score as it comes back from an executor, with where it was computed. */
record ScoredSentence(long sentenceId, SentenceScore score, String executor) implements Serializable {
}
