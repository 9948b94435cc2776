package news.tenor.archive;

import java.util.List;

/**
 * A comment split into the commenter's own words and the passages they quoted.
 *
 * @param own the commenter's own words without URLs, paragraphs separated by a blank
 * line, or {@code null} when the comment is only quotes and links (kept, but not scored)
 * @param quotes the quoted passages, in order
 */
public record CommentWords(String own, List<QuotedPassage> quotes) {

	public CommentWords {
		quotes = List.copyOf(quotes);
	}

	public boolean hasOwnWords() {
		return this.own != null;
	}

}
