package news.tenor.archive;

import news.tenor.TenorSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.tenor.archive.generate.ArchiveFormat;
import news.tenor.archive.generate.ArchiveFormat.Encoding;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the ingest step over generated input: no bytes crash it, and every
 * comment of a well-formed file comes out exactly once, in every encoding, in JSON Lines,
 * and across re-deliveries in any order.
 */
class ArchivePropertiesTest {

	static final byte[] SAMPLE = ArticleParserTest.bytes("sample-japan-today.txt");

	/** The catch-all of {@link ParsedEntry#of} for bugs: it must never be reached. */
	static final String CRASH = "could not be read (";

	@Property(tries = 1000)
	void arbitraryBytesAreAnArticleOrARejectWithAReason(@ForAll("anyBytes") byte[] bytes, @ForAll boolean jsonLine) {
		ParsedEntry entry = ParsedEntry.of(new ArchiveEntry("fuzz.txt", bytes, jsonLine, 1));
		if (entry instanceof ParsedEntry.Rejected rejected) {
			assertThat(rejected.reason()).isNotBlank().doesNotStartWith(CRASH);
			assertThat(rejected.line()).isPositive();
		}
		else {
			ParsedEntry.Parsed parsed = (ParsedEntry.Parsed) entry;
			assertThat(parsed.words()).hasSameSizeAs(parsed.article().comments());
			assertThat(parsed.article().title()).isNotBlank();
		}
	}

	@Property(tries = 300)
	void arbitraryBytesUnderAnArchiveNameNeverStopTheWalk(@ForAll("anyBytes") byte[] bytes,
			@ForAll("archiveNames") String name) throws IOException {
		Path folder = Files.createTempDirectory("tenor-fuzz");
		try {
			Files.write(folder.resolve(name), bytes);
			Files.writeString(folder.resolve("zz-after.txt"), "after");
			List<String> locations = new ArrayList<>();
			try (ArchiveWalker walker = new ArchiveWalker(folder)) {
				while (walker.hasNext()) {
					try {
						ArchiveEntry entry = walker.next();
						locations.add(entry.location());
						if (ParsedEntry.of(entry) instanceof ParsedEntry.Rejected rejected) {
							assertThat(rejected.reason()).doesNotStartWith(CRASH);
						}
					}
					catch (ArchiveWalker.Unreadable unreadable) {
						locations.add(unreadable.location());
						assertThat(unreadable.getMessage()).isNotBlank();
					}
				}
			}
			assertThat(locations).last().isEqualTo("zz-after.txt");
		}
		finally {
			delete(folder);
		}
	}

	@Property(tries = 500)
	void everyCommentOfAWellFormedFileComesOutExactlyOnce(@ForAll("articles") Article article,
			@ForAll Encoding encoding) throws ArchiveFormatException {
		String text = ArchiveFormat.text(article);
		if (encoding == Encoding.WINDOWS_1252_CRLF && !ArchiveFormat.fitsWindows1252(text)) {
			encoding = Encoding.UTF8_CRLF;
		}
		ParsedEntry entry = ParsedEntry.of(new ArchiveEntry("a.txt", ArchiveFormat.bytes(text, encoding), false, 1));
		assertThat(entry).isInstanceOf(ParsedEntry.Parsed.class);
		ParsedEntry.Parsed parsed = (ParsedEntry.Parsed) entry;
		Article back = parsed.article();
		assertThat(parsed.truncated()).isFalse();
		assertThat(back.comments()).hasSameSizeAs(article.comments());
		if (article.agency() != null || article.publisher() != null || article.comments().isEmpty()) {
			assertThat(back).isEqualTo(article);
			return;
		}
		// Without a credit line the first comment's first paragraphs may be read as the
		// body: nothing is lost and nothing is doubled, every later comment is exact.
		assertThat(back.comments().subList(1, back.comments().size()))
			.isEqualTo(article.comments().subList(1, article.comments().size()));
		assertThat(concat(back.body(), back.comments().get(0).paragraphs()))
			.isEqualTo(concat(article.body(), article.comments().get(0).paragraphs()));
		assertThat(back.comments().get(0).paragraphs()).isNotEmpty();
		assertThat(back.comments().get(0).votes()).isEqualTo(article.comments().get(0).votes());
	}

	@Property(tries = 300)
	void jsonLinesHoldTheSameArticle(@ForAll("articles") Article article) throws ArchiveFormatException {
		byte[] line = ArchiveFormat.jsonLine(article).getBytes(StandardCharsets.UTF_8);
		assertThat(JsonArticleParser.parse(line)).isEqualTo(article);
	}

	/**
	 * However copies arrive (later ones with more comments, older ones, copies cut
	 * anywhere after the title, the same copy twice), once the latest copy has arrived
	 * whole, each of its comments is stored exactly once, complete and with votes.
	 */
	@Property(tries = 60)
	void reDeliveriesInAnyOrderStoreEveryCommentExactlyOnce(@ForAll("articles") Article latest,
			@ForAll("deliveries") List<Delivery> deliveries) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:property" + System.nanoTime() + ";DB_CLOSE_DELAY=0", "sa", "", true);
		try {
			TenorSchema.createH2(dataSource);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			ArticleStore store = new ArticleStore(jdbc);
			List<Delivery> all = new ArrayList<>(deliveries);
			all.add(new Delivery(latest.comments().size(), -1));
			all.sort(Comparator.comparingInt(Delivery::order));
			for (Delivery delivery : all) {
				store.save(delivery.copyOf(latest));
			}
			List<String> stored = jdbc.queryForList("SELECT text FROM comment ORDER BY position", String.class);
			List<String> expected = new Delivery(latest.comments().size(), -1).copyOf(latest)
				.article()
				.comments()
				.stream()
				.map(Comment::text)
				.toList();
			assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM comment WHERE net_votes IS NULL", Long.class))
				.isZero();
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM article", Long.class)).isOne();
		}
		finally {
			dataSource.destroy();
		}
	}

	/**
	 * A copy of the latest article: its first {@code comments} comments, cut at
	 * {@code cut} per mille of its text after the title when not negative; {@code order}
	 * places it among the others.
	 */
	record Delivery(int comments, int cut, int order) {

		Delivery(int comments, int cut) {
			this(comments, cut, comments * 31 + cut);
		}

		ParsedEntry.Parsed copyOf(Article latest) {
			int n = Math.min(this.comments, latest.comments().size());
			Article copy = new Article(latest.source(), latest.published(), latest.category(), latest.title(),
					latest.dateline(), latest.caption(), latest.body(), latest.agency(), latest.publisher(),
					latest.comments().subList(0, n));
			String text = ArchiveFormat.text(copy);
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			if (this.cut >= 0) {
				// files are cut in bytes, possibly inside a character
				String head = text.substring(0, text.indexOf("\n" + copy.title() + "\n\n") + copy.title().length() + 3);
				int afterTitle = head.getBytes(StandardCharsets.UTF_8).length;
				int at = afterTitle + (int) ((long) (bytes.length - 1 - afterTitle) * this.cut / 1000);
				bytes = Arrays.copyOf(bytes, Math.max(afterTitle, at));
			}
			return (ParsedEntry.Parsed) ParsedEntry.of(new ArchiveEntry("copy.txt", bytes, false, 1));
		}

	}

	@Provide
	Arbitrary<List<Delivery>> deliveries() {
		Arbitrary<Delivery> delivery = Combinators
			.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(-1, 999),
					Arbitraries.integers().between(0, 1000))
			.as(Delivery::new);
		return delivery.list().ofMaxSize(5);
	}

	@Provide
	Arbitrary<byte[]> anyBytes() {
		Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
		Arbitrary<byte[]> mutated = Combinators
			.combine(Arbitraries.integers().between(0, SAMPLE.length), Arbitraries.integers().between(0, SAMPLE.length),
					Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
			.as((from, length, insert) -> {
				// the sample with a slice cut out and a few random bytes in its place
				int to = Math.min(SAMPLE.length, from + length % 200);
				byte[] out = new byte[SAMPLE.length - (to - from) + insert.length];
				System.arraycopy(SAMPLE, 0, out, 0, from);
				System.arraycopy(insert, 0, out, from, insert.length);
				System.arraycopy(SAMPLE, to, out, from + insert.length, SAMPLE.length - to);
				return out;
			});
		Arbitrary<byte[]> prefix = Arbitraries.integers().between(0, SAMPLE.length).map(n -> Arrays.copyOf(SAMPLE, n));
		return Arbitraries.oneOf(random, mutated, prefix);
	}

	@Provide
	Arbitrary<String> archiveNames() {
		return Arbitraries.of("a.zip", "a.gz", "a.txt.gz", "a.tar", "a.tgz", "a.tar.gz", "a.jsonl", "a.jsonl.gz",
				"a.txt");
	}

	@Provide
	Arbitrary<Article> articles() {
		Arbitrary<String> title = words(2, 9);
		Arbitrary<String> caption = words(3, 12).map(s -> s + ". Image: KYODO").injectNull(0.3);
		Arbitrary<String> category = Arbitraries.of("politics", "business", "crime", "Tech & Science").injectNull(0.3);
		Arbitrary<String> dateline = Arbitraries.of("TOKYO", "NEW YORK", "S\u00C3O PAULO", "Z\u00DCRICH")
			.injectNull(0.4);
		Arbitrary<List<String>> body = paragraph().list().ofMinSize(1).ofMaxSize(5);
		Arbitrary<String> agency = Arbitraries.of("KYODO", "AFP", "Jiji Press").injectNull(0.4);
		Arbitrary<String> publisher = Arbitraries.of("\u00A92026 GPlusMedia Inc.", "\u00A9 1999 Kansai Herald")
			.injectNull(0.4);
		Arbitrary<List<Comment>> comments = Combinators
			.combine(paragraph().list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 500),
					Arbitraries.integers().between(0, 500))
			.as((paragraphs, up, down) -> new Comment(0, paragraphs, new VoteCount(up - down, up, down)))
			.list()
			.ofMaxSize(8)
			.map(list -> {
				List<Comment> numbered = new ArrayList<>();
				for (Comment c : list) {
					numbered.add(new Comment(numbered.size() + 1, c.paragraphs(), c.votes()));
				}
				return numbered;
			});
		Arbitrary<LocalDate> date = Arbitraries.integers()
			.between(0, 365 * 25)
			.map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
		return Combinators
			.combine(date, category, title, dateline, caption, body, comments,
					Combinators.combine(agency, publisher).as((a, p) -> new String[] { a, p }))
			.as((published, cat, t, d, cap, b, c, credits) -> new Article("Japan Today", published, cat, t, d, cap, b,
					credits[0], credits[1], c));
	}

	/** A paragraph of one or two lines of words; never a vote line or a credit line. */
	static Arbitrary<String> paragraph() {
		return Arbitraries.oneOf(words(1, 30),
				Combinators.combine(words(1, 12), words(1, 12)).as((a, b) -> a + "\n" + b));
	}

	/** Words of any script, with the punctuation and digits commenters use. */
	static Arbitrary<String> words(int min, int max) {
		Arbitrary<String> word = Arbitraries.oneOf(
				Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
				Arbitraries.strings()
					.withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
							+ ".,!?'\"()-:;/%&\u00E9\u00FC\u00DF\u00E7\u2019\u201C\u201D\u2014")
					.ofMinLength(1)
					.ofMaxLength(8),
				Arbitraries.of("\u65E5\u672C", "\u304A\u7C73\u3002", "\uD83D\uDC4D", "https://example.com/a?b=1",
						"caf\u00E9", "Z\u00FCrich", "\u00ABoui\u00BB"));
		// A lower-case word first: a paragraph is never all capitals (a dateline),
		// never a vote line, never a credit line.
		return Combinators
			.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
					word.list().ofMinSize(min - 1).ofMaxSize(max - 1))
			.as((first, rest) -> Stream.concat(Stream.of(first), rest.stream()).reduce((a, b) -> a + " " + b).get());
	}

	static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
