package news.tenor.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one line of a JSON Lines export (one article with its comments per line). Fields
 * are documented in {@code docs/archive-format.md}; text goes through the same checks as
 * archive files (no replacement characters, no mojibake).
 */
public final class JsonArticleParser {

	private static final ObjectMapper JSON = new ObjectMapper();

	private JsonArticleParser() {
	}

	public static Article parse(byte[] line) throws ArchiveFormatException {
		String text = ArchiveDecoder.decode(line).text();
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw new ArchiveFormatException("not a JSON object: " + ex.getOriginalMessage(), 1);
		}
		if (root == null || !root.isObject()) {
			throw new ArchiveFormatException("not a JSON object", 1);
		}
		String source = required(root, "source");
		String title = required(root, "title");
		LocalDate published;
		try {
			published = LocalDate.parse(required(root, "published"));
		}
		catch (DateTimeParseException ex) {
			throw new ArchiveFormatException(
					"invalid 'published' date '" + root.get("published").asText() + "' (expected YYYY-MM-DD)", 1);
		}
		List<String> body = paragraphs(root.get("body"), "body");
		List<Comment> comments = new ArrayList<>();
		JsonNode list = root.get("comments");
		if (list != null && !list.isNull()) {
			if (!list.isArray()) {
				throw new ArchiveFormatException("'comments' is not an array", 1);
			}
			for (JsonNode node : list) {
				List<String> paragraphs = paragraphs(node.has("paragraphs") ? node.get("paragraphs") : node.get("text"),
						"comment text");
				VoteCount votes = null;
				if (node.hasNonNull("up") || node.hasNonNull("down") || node.hasNonNull("net")) {
					int up = number(node, "up");
					int down = number(node, "down");
					int net = node.hasNonNull("net") ? number(node, "net") : up - down;
					votes = new VoteCount(net, up, down);
				}
				comments.add(new Comment(comments.size() + 1, paragraphs, votes));
			}
		}
		return new Article(source, published, optional(root, "category"), title, optional(root, "dateline"),
				optional(root, "caption"), body, optional(root, "agency"), optional(root, "publisher"), comments);
	}

	private static String required(JsonNode root, String field) throws ArchiveFormatException {
		String value = optional(root, field);
		if (value == null) {
			throw new ArchiveFormatException("missing '" + field + "'", 1);
		}
		return value;
	}

	private static String optional(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull() || node.asText().isBlank()) {
			return null;
		}
		return node.asText().strip();
	}

	private static int number(JsonNode node, String field) throws ArchiveFormatException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return 0;
		}
		if (!value.canConvertToInt()) {
			throw new ArchiveFormatException("comment field '" + field + "' is not a whole number", 1);
		}
		return value.asInt();
	}

	/**
	 * Paragraphs from an array of strings, or from one string with blank lines between
	 * them.
	 */
	private static List<String> paragraphs(JsonNode node, String what) throws ArchiveFormatException {
		List<String> paragraphs = new ArrayList<>();
		if (node == null || node.isNull()) {
			return paragraphs;
		}
		if (node.isArray()) {
			for (JsonNode p : node) {
				if (!p.isTextual()) {
					throw new ArchiveFormatException(what + " holds a non-text item", 1);
				}
				if (!p.asText().isBlank()) {
					paragraphs.add(p.asText().strip());
				}
			}
			return paragraphs;
		}
		if (!node.isTextual()) {
			throw new ArchiveFormatException(what + " is neither text nor a list of paragraphs", 1);
		}
		for (String p : node.asText().replace("\r\n", "\n").split("\n\\s*\n")) {
			if (!p.isBlank()) {
				paragraphs.add(p.strip());
			}
		}
		return paragraphs;
	}

}
