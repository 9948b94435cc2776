package news.tenor.archive;

import java.util.List;

/**
 * What the ingest step made of one archive entry: an article with the words of each
 * comment, or the reason it is not one.
 */
public sealed interface ParsedEntry {

	String location();

	record Parsed(String location, Article article, List<CommentWords> words, String encoding) implements ParsedEntry {

		public Parsed {
			words = List.copyOf(words);
		}

	}

	record Rejected(String location, int line, String reason) implements ParsedEntry {
	}

	/** Reads one entry; bad input is never thrown, it comes back as {@link Rejected}. */
	static ParsedEntry of(ArchiveEntry entry) {
		try {
			Article article;
			String encoding;
			if (entry.jsonLine()) {
				article = JsonArticleParser.parse(entry.content());
				encoding = "JSON (UTF-8)";
			}
			else {
				ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(entry.content());
				article = ArticleParser.parse(decoded.text());
				encoding = decoded.encoding();
			}
			return new Parsed(entry.location(), article, QuoteDetector.split(article), encoding);
		}
		catch (ArchiveFormatException ex) {
			return new Rejected(entry.location(), ex.line(), ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError ex) {
			return new Rejected(entry.location(), 0,
					"could not be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
	}

}
