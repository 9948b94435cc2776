package news.tenor.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * An archived article with its reader comments, as parsed from one archive entry.
 * Optional parts of the format are {@code null} when absent.
 */
public record Article(String source, LocalDate published, String category, String title, String dateline,
		String caption, List<String> body, String agency, String publisher, List<Comment> comments) {

	public Article {
		body = List.copyOf(body);
		comments = List.copyOf(comments);
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
