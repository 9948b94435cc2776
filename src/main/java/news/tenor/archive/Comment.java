package news.tenor.archive;

import java.util.List;

/**
 * One reader comment as it stands in the archive: its paragraphs and its votes.
 *
 * @param position 1-based position under the article
 * @param paragraphs the comment's paragraphs, in order
 * @param votes the vote line, or {@code null} when the file was cut before it (truncated)
 * or the vote line cannot be read
 * @param note what was not taken as written, for the workbook's Note column, or
 * {@code null}: a vote line that cannot be read (with its line), a text cut at
 * {@link FieldLimits#COMMENT}
 */
public record Comment(int position, List<String> paragraphs, VoteCount votes, String note) {

	public Comment {
		paragraphs = List.copyOf(paragraphs);
	}

	public Comment(int position, List<String> paragraphs, VoteCount votes) {
		this(position, paragraphs, votes, null);
	}

	public String text() {
		return String.join("\n\n", this.paragraphs);
	}

	public boolean votesKnown() {
		return this.votes != null;
	}

}
