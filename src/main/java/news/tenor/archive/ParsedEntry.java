package news.tenor.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * What the ingest step made of one archive entry: an article with the words of each
 * comment, an article stored before from the same bytes, or the reason it is not one.
 */
public sealed interface ParsedEntry {

	String location();

	/**
	 * @param truncated whether an archive file is cut short: it ends inside a character,
	 * its last comment has no vote line, or it has no comments and ends inside a line
	 * (ArticleStore never lets such a copy overwrite what is stored)
	 * @param fingerprint the entry's {@link ArchiveFingerprints fingerprint}
	 */
	record Parsed(String location, Article article, List<CommentWords> words, String encoding, boolean truncated,
			String fingerprint) implements ParsedEntry {

		public Parsed {
			words = List.copyOf(words);
		}

	}

	/**
	 * An entry read before, byte for byte: the article it was stored as, with what
	 * decides whether a run covers it.
	 */
	record Known(String location, long articleId, LocalDate published, String source,
			String category) implements ParsedEntry {
	}

	/**
	 * @param line the line of the file where reading stopped (1-based), or 0 when no line
	 * applies (a corrupt zip)
	 */
	record Rejected(String location, int line, String reason) implements ParsedEntry {
	}

	/**
	 * Parts longer than H2's columns (schema.sql) are not what they claim to be: a
	 * "title" of a whole page, a "comment" of a megabyte.
	 */
	private static void checkSizes(Article article) throws ArchiveFormatException {
		checkSize("the source", article.source(), 500);
		checkSize("the title", article.title(), 4_000);
		checkSize("the caption", article.caption(), 100_000);
		checkSize("the body", String.join("\n\n", article.body()), 1_000_000);
		for (Comment comment : article.comments()) {
			checkSize("comment " + comment.position(), comment.text(), 1_000_000);
		}
	}

	private static void checkSize(String what, String text, int max) throws ArchiveFormatException {
		if (text != null && text.length() > max) {
			throw new ArchiveFormatException(
					String.format("not an article: %s is longer than %,d characters", what, max), 1);
		}
	}

	/** Reads one entry; bad input is never thrown, it comes back as {@link Rejected}. */
	static ParsedEntry of(ArchiveEntry entry) {
		return of(entry, ArchiveFingerprints.of(entry));
	}

	/**
	 * Reads one entry whose {@link ArchiveFingerprints fingerprint} is known already.
	 */
	static ParsedEntry of(ArchiveEntry entry, String fingerprint) {
		try {
			Article article;
			String encoding;
			boolean truncated;
			if (entry.jsonLine()) {
				// a JSON line cut short is not JSON: a line that parses is whole
				article = JsonArticleParser.parse(entry.content());
				encoding = "JSON Lines";
				truncated = false;
			}
			else {
				ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(entry.content());
				article = ArticleParser.parse(decoded.text());
				encoding = decoded.encoding();
				List<Comment> comments = article.comments();
				truncated = decoded.cut() || (comments.isEmpty() ? !decoded.text().endsWith("\n")
						: !comments.get(comments.size() - 1).votesKnown());
			}
			checkSizes(article);
			return new Parsed(entry.location(), article, QuoteDetector.split(article), encoding, truncated,
					fingerprint);
		}
		catch (ArchiveFormatException ex) {
			return new Rejected(entry.location(), entry.line() - 1 + ex.line(), ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError ex) {
			// a bug rather than the file's fault: still, the file is rejected and the run
			// goes on
			return new Rejected(entry.location(), entry.line(),
					"could not be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
	}

}
