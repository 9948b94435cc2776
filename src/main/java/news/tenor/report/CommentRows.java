package news.tenor.report;

import java.util.Arrays;

/**
 * Where the comments that name an entity landed in the Comments sheet, for the links of
 * the Mentions and entity sheets: their ids sorted and the index of each one's row,
 * recorded as the Comments sheet streams. Two arrays, not a map: twelve bytes a comment.
 */
final class CommentRows {

	private final long[] ids;

	private final long[] rows;

	private final int maxRows;

	/**
	 * @param ids sorted
	 */
	CommentRows(long[] ids, int maxRows) {
		this.ids = ids;
		this.rows = new long[ids.length];
		Arrays.fill(this.rows, -1);
		this.maxRows = maxRows;
	}

	/**
	 * Records the data row (from 0) of a comment of the Comments sheet, if it is wanted.
	 */
	void written(long commentId, long index) {
		int at = Arrays.binarySearch(this.ids, commentId);
		if (at >= 0) {
			this.rows[at] = index;
		}
	}

	/** The comment's row in Comments, or {@code null} when it was not written there. */
	CellLink link(long commentId) {
		int at = Arrays.binarySearch(this.ids, commentId);
		return at < 0 || this.rows[at] < 0 ? null : Table.locate(CommentsSheet.NAME, this.rows[at], this.maxRows);
	}

}
