package news.tenor.archive;

/**
 * A passage a commenter copied from the article or from an earlier comment.
 *
 * @param text the passage as the commenter wrote it
 * @param quotedComment the position of the comment it copies, or 0 for the article
 */
public record QuotedPassage(String text, int quotedComment) {

	/** "article" or "comment N", as shown to editors. */
	public String quotes() {
		return this.quotedComment == 0 ? "article" : "comment " + this.quotedComment;
	}

}
