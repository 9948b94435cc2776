package news.tenor.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * An archived article with its reader comments, as parsed from one archive entry.
 * Optional parts of the format are {@code null} when absent.
 *
 * @param note what was not taken as written (a field cut at its {@link FieldLimits
 * limit}), or {@code null}
 */
public record Article(String source, LocalDate published, String category, String title, String dateline,
		String caption, List<String> body, String agency, String publisher, List<Comment> comments, String note) {

	public Article {
		body = List.copyOf(body);
		comments = List.copyOf(comments);
	}

	public Article(String source, LocalDate published, String category, String title, String dateline, String caption,
			List<String> body, String agency, String publisher, List<Comment> comments) {
		this(source, published, category, title, dateline, caption, body, agency, publisher, comments, null);
	}

	/**
	 * What identifies an article across files and deliveries: its source, its date and
	 * its title (case and spacing ignored). The file name does not count, so a
	 * re-delivered or renamed file is the same article.
	 */
	public String identity() {
		return Text.normalize(this.source).toLowerCase() + "\n" + this.published + "\n"
				+ Text.normalize(this.title).toLowerCase();
	}

}
