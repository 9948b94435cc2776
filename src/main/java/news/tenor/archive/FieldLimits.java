package news.tenor.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest text each part of an article may hold (the columns of the migrations in
 * db/migration), and what happens to a longer one: it is cut at the limit with "…" and
 * the cut is noted on the article or the comment. One over-long field never costs the
 * article or its other comments. Lengths are in Java characters (UTF-16 units), as H2
 * counts them; a cut never splits a surrogate pair.
 *
 * <p>
 * The source and the title identify the article (source, date and title): a cut one
 * identifies it by what is kept, the same for every copy, in a file or a JSON line.
 */
final class FieldLimits {

	static final int SOURCE = 500;

	static final int CATEGORY = 500;

	static final int TITLE = 4_000;

	static final int DATELINE = 500;

	static final int CAPTION = 100_000;

	/** The body's paragraphs together, with a blank line between them. */
	static final int BODY = 1_000_000;

	static final int AGENCY = 500;

	static final int PUBLISHER = 500;

	/** A comment's paragraphs together, with a blank line between them. */
	static final int COMMENT = 1_000_000;

	/** The notes of an article or a comment. */
	static final int NOTE = 1_000;

	/** Where a stored article was read from, and a reject's location and reason. */
	static final int LOCATION = 4_000;

	static final int REASON = 4_000;

	/** What a comment's quotes copy: "article, comment 3, ...". */
	static final int QUOTES = 1_000;

	private FieldLimits() {
	}

	/** The article with every part within its limit, each cut noted. */
	static Article apply(Article a) {
		List<String> notes = new ArrayList<>();
		String source = field(a.source(), SOURCE, "source", notes);
		String category = field(a.category(), CATEGORY, "category", notes);
		String title = field(a.title(), TITLE, "title", notes);
		String dateline = field(a.dateline(), DATELINE, "dateline", notes);
		String caption = field(a.caption(), CAPTION, "caption", notes);
		List<String> body = paragraphs(a.body(), BODY);
		if (body != a.body()) {
			notes.add(cutNote("body", BODY));
		}
		String agency = field(a.agency(), AGENCY, "agency line", notes);
		String publisher = field(a.publisher(), PUBLISHER, "publisher line", notes);
		List<Comment> comments = a.comments();
		for (int i = 0; i < comments.size(); i++) {
			Comment c = comments.get(i);
			List<String> paragraphs = paragraphs(c.paragraphs(), COMMENT);
			if (paragraphs != c.paragraphs()) {
				if (comments == a.comments()) {
					comments = new ArrayList<>(comments);
				}
				comments.set(i, new Comment(c.position(), paragraphs, c.votes(),
						Notes.join(c.note(), cutNote("text", COMMENT))));
			}
		}
		if (notes.isEmpty() && comments == a.comments()) {
			return a;
		}
		return new Article(source, a.published(), category, title, dateline, caption, body, agency, publisher, comments,
				notes.isEmpty() ? a.note() : Notes.join(a.note(), String.join("; ", notes)));
	}

	static String cutNote(String what, int limit) {
		return String.format("%s cut at %,d characters", what, limit);
	}

	private static String field(String value, int limit, String what, List<String> notes) {
		if (value == null || value.length() <= limit) {
			return value;
		}
		notes.add(cutNote(what, limit));
		return cut(value, limit);
	}

	/**
	 * The paragraphs, the last ones dropped and the one that crosses the limit cut, so
	 * that joined by blank lines they keep within it; the same list when they already do.
	 */
	private static List<String> paragraphs(List<String> paragraphs, int limit) {
		long length = 0;
		for (String p : paragraphs) {
			length += p.length() + 2;
		}
		if (length - 2 <= limit) {
			return paragraphs;
		}
		List<String> kept = new ArrayList<>();
		int used = 0;
		for (String p : paragraphs) {
			int room = limit - used - (kept.isEmpty() ? 0 : 2);
			if (p.length() <= room) {
				kept.add(p);
				used += p.length() + (kept.size() == 1 ? 0 : 2);
				continue;
			}
			if (room >= 2) {
				kept.add(cut(p, room));
			}
			else if (!kept.isEmpty()) {
				// no room for a paragraph of its own: the cut shows on the last one kept
				String last = kept.remove(kept.size() - 1);
				kept.add(shorten(last, last.length()));
			}
			break;
		}
		return kept;
	}

	/**
	 * The text at most {@code limit} characters long: cut with "…" on a code point
	 * boundary when longer, and the cut text stripped of spaces at its end.
	 */
	static String cut(String text, int limit) {
		return text == null || text.length() <= limit ? text : shorten(text, limit);
	}

	private static String shorten(String text, int limit) {
		int end = Math.max(0, limit - 1);
		if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
			end--;
		}
		return text.substring(0, end).stripTrailing() + "\u2026";
	}

}
