package news.tenor.archive;

import java.util.List;

/**
 * One reader comment as it stands in the archive: its paragraphs and its votes.
 *
 * @param position 1-based position under the article
 * @param paragraphs the comment's paragraphs, in order
 * @param votes the vote line, or {@code null} when the file was cut before it (truncated)
 */
public record Comment(int position, List<String> paragraphs, VoteCount votes) {

	public Comment {
		paragraphs = List.copyOf(paragraphs);
	}

	public String text() {
		return String.join("\n\n", this.paragraphs);
	}

	public boolean votesKnown() {
		return this.votes != null;
	}

}
