package news.tenor.archive;

import java.util.List;

/**
 * Turns an archive entry into a {@link ParsedEntry}: decodes and parses it, keeps every
 * part within its {@link FieldLimits limit}, and splits the comments' own words from
 * their quotes.
 */
final class EntryParser {

	private EntryParser() {
	}

	/**
	 * @param dates the publication dates accepted (the tests choose "today")
	 */
	static ParsedEntry parse(ArchiveEntry entry, String fingerprint, PublicationDates dates) {
		try {
			Article article;
			String encoding;
			boolean truncated;
			if (entry.jsonLine()) {
				// a JSON line cut short is not JSON: a line that parses is whole
				article = JsonArticleParser.parse(entry.content(), dates);
				encoding = "JSON Lines";
				truncated = false;
			}
			else {
				ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(entry.content());
				ArticleParser.Read read = ArticleParser.read(decoded.text(), dates);
				article = read.article();
				encoding = decoded.encoding();
				List<Comment> comments = article.comments();
				truncated = decoded.cut()
						|| (comments.isEmpty() ? !decoded.text().endsWith("\n") : read.endsInComment());
			}
			article = FieldLimits.apply(article);
			return new ParsedEntry.Parsed(entry.where(), article, QuoteDetector.split(article), encoding, truncated,
					fingerprint);
		}
		catch (ArchiveFormatException ex) {
			return new ParsedEntry.Rejected(entry.location(), entry.line() - 1 + ex.line(), ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError ex) {
			// a bug rather than the file's fault: still, the file is rejected and the run
			// goes on
			return new ParsedEntry.Rejected(entry.location(), entry.line(),
					"could not be read (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ")");
		}
	}

}
