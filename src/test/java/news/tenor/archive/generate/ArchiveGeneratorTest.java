package news.tenor.archive.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.ArchiveWalker;
import news.tenor.archive.Comment;
import news.tenor.archive.CommentWords;
import news.tenor.archive.ParsedEntry;
import news.tenor.archive.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArchiveGeneratorTest {

	/** What the ingest step makes of an archive, without a database. */
	static final class Read {

		final Map<String, Integer> comments = new HashMap<>();

		final Map<String, Integer> quoting = new HashMap<>();

		/** Per article, the comments and the article itself with a note. */
		final Map<String, Integer> notes = new HashMap<>();

		long entries;

		long rejects;

		long commentsRead;

		long severalParagraphs;

		long nonAscii;

		long links;

		long negative;

		long truncated;

		long articles() {
			return this.comments.size();
		}

		long comments() {
			return this.comments.values().stream().mapToLong(Integer::longValue).sum();
		}

		long quoting() {
			return this.quoting.values().stream().mapToLong(Integer::longValue).sum();
		}

		long notes() {
			return this.notes.values().stream().mapToLong(Integer::longValue).sum();
		}

	}

	static Read read(Path archive) {
		Read read = new Read();
		try (ArchiveWalker walker = new ArchiveWalker(archive)) {
			while (walker.hasNext()) {
				read.entries++;
				ParsedEntry entry;
				try {
					ArchiveEntry next = walker.next();
					entry = ParsedEntry.of(next);
				}
				catch (ArchiveWalker.Unreadable ex) {
					read.rejects++;
					continue;
				}
				if (entry instanceof ParsedEntry.Parsed parsed) {
					// a later copy has the most comments: that is what is stored
					String identity = parsed.article().identity();
					read.comments.merge(identity, parsed.article().comments().size(), Math::max);
					int quoting = (int) parsed.words().stream().filter(w -> !w.quotes().isEmpty()).count();
					read.quoting.merge(identity, quoting, Math::max);
					int notes = (parsed.article().note() != null ? 1 : 0)
							+ (int) parsed.article().comments().stream().filter(c -> c.note() != null).count();
					read.notes.merge(identity, notes, Math::max);
					read.truncated += parsed.truncated() ? 1 : 0;
					for (Comment comment : parsed.article().comments()) {
						read.commentsRead++;
						read.severalParagraphs += comment.paragraphs().size() > 1 ? 1 : 0;
						read.nonAscii += comment.text().chars().anyMatch(c -> c > 0x7F) ? 1 : 0;
						read.links += comment.text().contains("http") ? 1 : 0;
						read.negative += comment.votesKnown() && comment.votes().net() < 0 ? 1 : 0;
					}
				}
				else {
					read.rejects++;
				}
			}
		}
		return read;
	}

	@ParameterizedTest
	@ValueSource(strings = { "folders", "gz", "zip", "tar.gz", "jsonl", "mixed" })
	void theIngestStepReadsWhatTheManifestSays(String shape, @TempDir Path folder) throws IOException {
		ArchiveGenerator.Summary summary = ArchiveGenerator
			.generate(ArchiveGenerator.Settings.defaults(folder, 400).withShape(shape).withSeed(7));
		Read read = read(folder);
		assertThat(read.entries).isEqualTo(summary.entries());
		assertThat(read.articles()).isEqualTo(summary.articles()).isEqualTo(400);
		assertThat(read.comments()).isEqualTo(summary.comments());
		assertThat(read.rejects).isEqualTo(summary.rejects());
		assertThat(read.quoting()).isBetween(summary.quoting(), summary.quoting() * 11 / 10);
		assertThat(manifest(folder)).containsEntry("articles", "400")
			.containsEntry("comments", Long.toString(summary.comments()));
	}

	/**
	 * Hostile files (issue 16) in every shape, month by month: the manifest still says
	 * what the ingest step stores, notes included, and the same seed gives the same
	 * bytes.
	 */
	@Test
	void hostileFilesAreMixedInAndCountedInTheManifest(@TempDir Path folder) throws IOException {
		ArchiveGenerator.Settings settings = ArchiveGenerator.Settings.defaults(folder.resolve("a"), 240)
			.withShape("mixed")
			.withHostile(0.25);
		ArchiveGenerator.Summary summary = ArchiveGenerator.generate(settings);
		Read read = read(folder.resolve("a"));
		assertThat(summary.hostile()).isBetween(35L, 90L);
		assertThat(read.entries).isEqualTo(summary.entries());
		assertThat(read.articles()).isEqualTo(summary.articles()).isGreaterThan(240);
		assertThat(read.comments()).isEqualTo(summary.comments());
		assertThat(read.rejects).isEqualTo(summary.rejects());
		assertThat(read.notes()).isEqualTo(summary.notes()).isPositive();
		assertThat(read.quoting()).isGreaterThanOrEqualTo(summary.quoting());
		assertThat(manifest(folder.resolve("a"))).containsEntry("notes", Long.toString(summary.notes()))
			.containsEntry("hostile", Long.toString(summary.hostile()));
		ArchiveGenerator.generate(new ArchiveGenerator.Settings(folder.resolve("b"), 240, 11, 1, "mixed", 0.02, 0.05,
				0.01, 0.01, 0.03, 0.002, java.time.LocalDate.of(2025, 1, 1), 365, 0.25));
		assertThat(digest(folder.resolve("b"))).isEqualTo(digest(folder.resolve("a")));
	}

	@Test
	void theSameSeedGivesTheSameArchiveByteForByte(@TempDir Path folder) throws IOException {
		ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(folder.resolve("a"), 300).withShape("mixed"));
		ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(folder.resolve("b"), 300).withShape("mixed"));
		ArchiveGenerator
			.generate(ArchiveGenerator.Settings.defaults(folder.resolve("c"), 300).withShape("mixed").withSeed(2));
		assertThat(digest(folder.resolve("a"))).isEqualTo(digest(folder.resolve("b")))
			.isNotEqualTo(digest(folder.resolve("c")));
	}

	@Test
	void commentsVaryAsRealOnesDo(@TempDir Path folder) throws IOException {
		ArchiveGenerator.Summary summary = ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(folder, 1500));
		Read read = read(folder);
		double comments = read.commentsRead;
		assertThat(summary.comments() / 1500.0).isCloseTo(11, within(1.5));
		assertThat(summary.quoting() / (double) summary.comments()).isCloseTo(0.135, within(0.02));
		assertThat(read.severalParagraphs / comments).isCloseTo(0.4, within(0.06));
		assertThat(read.nonAscii / comments).isBetween(0.05, 0.4);
		assertThat(read.links / comments).isBetween(0.01, 0.1);
		assertThat(read.negative / comments).isBetween(0.15, 0.5);
		assertThat(summary.duplicates()).isPositive();
		assertThat(summary.redeliveries()).isPositive();
		assertThat(summary.legacy()).isPositive();
		assertThat(summary.rejects()).isPositive();
		assertThat(read.truncated).isBetween(summary.truncated(),
				summary.truncated() + summary.resent() + summary.duplicates());
	}

	@Test
	void mostCommentSentencesAreNewButStockPhrasesRecur(@TempDir Path folder) throws IOException {
		ArchiveGenerator.generate(ArchiveGenerator.Settings.defaults(folder, 500).withShape("jsonl"));
		Map<String, Integer> sentences = new HashMap<>();
		try (ArchiveWalker walker = new ArchiveWalker(folder)) {
			walker.forEachRemaining(entry -> {
				if (ParsedEntry.of(entry) instanceof ParsedEntry.Parsed parsed) {
					for (CommentWords words : parsed.words()) {
						if (words.own() != null) {
							for (String sentence : words.own().split("(?<=[.!?])\\s+")) {
								sentences.merge(Text.normalize(sentence), 1, Integer::sum);
							}
						}
					}
				}
			});
		}
		long total = sentences.values().stream().mapToLong(Integer::longValue).sum();
		double distinct = sentences.size() / (double) total;
		assertThat(distinct).as("share of distinct sentences").isBetween(0.6, 0.97);
	}

	static Map<String, String> manifest(Path folder) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(folder.resolve(ArchiveGenerator.MANIFEST))) {
			properties.load(in);
		}
		Map<String, String> map = new TreeMap<>();
		properties.forEach((k, v) -> map.put((String) k, (String) v));
		return map;
	}

	static Map<String, String> digest(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.filter(Files::isRegularFile).forEach(path -> {
				try {
					files.put(folder.relativize(path).toString(), Text
						.sha256(new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1)));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return files;
	}

}
