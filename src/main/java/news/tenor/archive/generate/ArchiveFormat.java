package news.tenor.archive.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.tenor.archive.Article;
import news.tenor.archive.Comment;

/**
 * Writes an {@link Article} the way archive files and JSON Lines exports hold it (README,
 * "Archive format" and "JSON Lines"): the inverse of the parsers, used by the generator
 * and by tests that check what goes in comes out.
 */
public final class ArchiveFormat {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** How the bytes of a file are laid out. */
	public enum Encoding {

		UTF8, UTF8_BOM, UTF8_CRLF, UTF8_CR, WINDOWS_1252_CRLF

	}

	private ArchiveFormat() {
	}

	/** The text of an archive file, with {@code \n} line ends. */
	public static String text(Article article) {
		return text(article, position -> null);
	}

	/**
	 * The text of an archive file whose vote lines are written as {@code voteLine} says
	 * (by comment position), or as Tenor prints them where it says {@code null}.
	 */
	static String text(Article article, IntFunction<String> voteLine) {
		StringBuilder out = new StringBuilder(4096);
		out.append(" date ").append(article.published()).append("  ").append(article.source()).append('\n');
		if (article.caption() != null) {
			out.append(article.caption()).append('\n');
		}
		if (article.category() != null) {
			out.append(article.category()).append('\n');
		}
		out.append('\n').append(article.title()).append("\n\n");
		if (article.dateline() != null) {
			out.append(article.dateline()).append("\n\n");
		}
		for (String paragraph : article.body()) {
			out.append(paragraph).append("\n\n");
		}
		if (article.agency() != null) {
			out.append("\u00A9 ").append(article.agency()).append("\n\n");
		}
		if (article.publisher() != null) {
			out.append(article.publisher()).append("\n\n");
		}
		for (Comment comment : article.comments()) {
			for (String paragraph : comment.paragraphs()) {
				out.append(paragraph).append("\n\n");
			}
			String written = voteLine.apply(comment.position());
			if (written != null) {
				out.append(written).append("\n\n");
			}
			else if (comment.votesKnown()) {
				out.append(comment.votes().net())
					.append(" ( +")
					.append(comment.votes().up())
					.append(" / -")
					.append(comment.votes().down())
					.append(" )\n\n");
			}
		}
		return out.toString();
	}

	/** Whether the text can be written as Windows-1252 (no Japanese, no emoji). */
	public static boolean fitsWindows1252(String text) {
		return WINDOWS_1252.newEncoder().canEncode(text);
	}

	public static byte[] bytes(String text, Encoding encoding) {
		return switch (encoding) {
			case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
			case UTF8_BOM -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
			case UTF8_CRLF -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
			case UTF8_CR -> text.replace('\n', '\r').getBytes(StandardCharsets.UTF_8);
			case WINDOWS_1252_CRLF -> text.replace("\n", "\r\n").getBytes(WINDOWS_1252);
		};
	}

	/** One line of a JSON Lines export (no line end). */
	public static String jsonLine(Article article) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("source", article.source());
		json.put("published", article.published().toString());
		putIfPresent(json, "category", article.category());
		json.put("title", article.title());
		putIfPresent(json, "caption", article.caption());
		putIfPresent(json, "dateline", article.dateline());
		json.put("body", article.body());
		putIfPresent(json, "agency", article.agency());
		putIfPresent(json, "publisher", article.publisher());
		List<Map<String, Object>> comments = new ArrayList<>();
		for (Comment comment : article.comments()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("paragraphs", comment.paragraphs());
			if (comment.votesKnown()) {
				c.put("up", comment.votes().up());
				c.put("down", comment.votes().down());
				c.put("net", comment.votes().net());
			}
			comments.add(c);
		}
		json.put("comments", comments);
		try {
			return JSON.writeValueAsString(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("maps of strings and numbers always serialise", ex);
		}
	}

	private static void putIfPresent(Map<String, Object> json, String field, String value) {
		if (value != null) {
			json.put(field, value);
		}
	}

}
