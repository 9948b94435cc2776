package news.tenor.scoring;

import java.io.Serializable;

/** A cached sentence that still needs a CoreNLP parse, as it travels to an executor. */
record SentenceTask(long sentenceId, String text, int tokens) implements Serializable {
}
