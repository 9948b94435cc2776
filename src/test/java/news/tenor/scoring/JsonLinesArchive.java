package news.tenor.scoring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an archive Tenor reads: a JSON Lines file, one article with its comments per
 * line. Scoring tests and benchmarks build their inputs with it.
 */
final class JsonLinesArchive implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A comment as written, with its votes. */
	record Comment(String text, int up, int down) {

		static Comment of(String text) {
			return new Comment(text, 0, 0);
		}

	}

	private final BufferedWriter out;

	JsonLinesArchive(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	JsonLinesArchive article(String source, LocalDate published, String category, String title,
			List<Comment> comments) {
		ObjectNode article = JSON.createObjectNode();
		article.put("source", source);
		article.put("published", published.toString());
		article.put("category", category);
		article.put("title", title);
		ArrayNode list = article.putArray("comments");
		for (Comment comment : comments) {
			list.addObject().put("text", comment.text()).put("up", comment.up()).put("down", comment.down());
		}
		try {
			this.out.write(JSON.writeValueAsString(article));
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	@Override
	public void close() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
