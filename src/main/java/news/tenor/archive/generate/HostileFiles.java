package news.tenor.archive.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import news.tenor.archive.Article;
import news.tenor.archive.Comment;
import news.tenor.archive.generate.ArchiveSink.Delivery;
import news.tenor.archive.generate.ArchiveSink.Shape;
import news.tenor.archive.generate.ArticleGenerator.Generated;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Files of the kinds that once cost Tenor articles (issue 16), mixed into a generated
 * archive with {@code --hostile R}: vote lines it cannot read, a title over its limit, a
 * date centuries off, JSON Lines of the wrong types, a tarball made with
 * {@code tar -czf a.tgz .} and a zip whose member climbs out. What each adds to what the
 * ingest step should store is counted, for the manifest.
 */
final class HostileFiles {

	/**
	 * Vote lines Tenor cannot read: the comment keeps its text, with votes unknown and a
	 * note.
	 */
	private static final String[] UNREADABLE = { "99999999999999999999 ( +99999999999999999999 / -0 )",
			"%1$d ( +-%2$d / -%3$d )", "abc ( +x / -y )", "%1$d ( +%2$dx / -%3$d )", "n/a ( +%2$d / -%3$d )",
			"%1$d ( +%2$d / -%3$d99999999999 )", "%1$d,000 ( +%2$d,000 / -%3$d )" };

	/** Vote lines written as other tools write them, all read as the votes they show. */
	private static final String[] READABLE = { "%1$d\u00A0(\u00A0+%2$d\u00A0/\u00A0-%3$d\u00A0)",
			"%1$d ( +%2$d / \u2212%3$d )", "%1$d\u2009( +%2$d /\u2009\u2013%3$d )",
			"%1$d\u3000\uFF08\uFF0B%2$d\uFF0F\uFF0D%3$d\uFF09", "%1$d(+%2$d/-%3$d)", "+%1$d ( +%2$d / -%3$d )" };

	private static final String[] BAD_JSON = { "{\"source\": \"%s\", \"published\": \"%s\", \"title\": 12345}",
			"{\"source\": 123, \"published\": \"%2$s\", \"title\": \"%3$s\"}",
			"{\"source\": \"%s\", \"published\": \"%sT25:99\", \"title\": \"%s\"}",
			"{\"source\": \"%s\", \"published\": \"%s\", \"title\": \"%s\", \"title\": \"Another title\"}",
			"{\"source\": \"%s\", \"published\": \"%s\", \"title\": \"%s \\ud83d\"}",
			"{\"source\": \"%s\", \"published\": \"%s\", \"title\": \"%s\", \"comments\": [{\"text\": \"Agreed.\", "
					+ "\"paragraphs\": [\"Not agreed.\"]}]}",
			"{\"source\": \"%s\", \"published\": \"%s\", \"title\": \"%s\", \"comments\": [{\"text\": \"Agreed.\", "
					+ "\"up\": \"5\"}]}" };

	private enum Kind {

		BAD_VOTES, LONG_TITLE, FAR_DATE, BAD_JSON, TAR_NAMES, ZIP_SLIP

	}

	/** What the hostile files add to what the ingest step should store. */
	static final class Tally {

		long files;

		long articles;

		long comments;

		long quoting;

		long rejects;

		/** Comments and articles stored with a note (votes unknown, a field cut). */
		long notes;

		/**
		 * Entries beyond one per file written (members of a tar, lines of a JSON file).
		 */
		long extraEntries;

	}

	private final ArchiveSink sink;

	private final ArticleGenerator generator;

	private final Tally tally = new Tally();

	HostileFiles(ArchiveSink sink, ArticleGenerator generator) {
		this.sink = sink;
		this.generator = generator;
	}

	Tally tally() {
		return this.tally;
	}

	/**
	 * Writes one hostile file of a kind the date's shape can hold.
	 * @param title a title no other article of the day has, each time it is called
	 * @param fileName a file name for the day, each time it is called
	 */
	void write(SplittableRandom random, LocalDate date, String source, Supplier<String> title,
			Supplier<String> fileName) throws IOException {
		boolean jsonMonth = this.sink.shapeOf(date) == Shape.JSONL;
		Kind[] kinds = jsonMonth ? new Kind[] { Kind.LONG_TITLE, Kind.FAR_DATE, Kind.BAD_JSON } : Kind.values();
		Kind kind = kinds[random.nextInt(kinds.length)];
		this.tally.files++;
		switch (kind) {
			case BAD_VOTES -> {
				Generated article = stored(random, date, source, title.get());
				Map<Integer, String> lines = new HashMap<>();
				for (Comment comment : article.first().comments()) {
					int net = comment.votes().net();
					int up = comment.votes().up();
					int down = comment.votes().down();
					switch (random.nextInt(3)) {
						case 0 -> {
							lines.put(comment.position(), String.format(pick(random, UNREADABLE), net, up, down));
							this.tally.notes++;
						}
						case 1 -> {
							String template = pick(random, READABLE);
							// "+-2" is no count: a plus sign only before a net of 0 or
							// more
							if (!template.startsWith("+") || net >= 0) {
								lines.put(comment.position(), String.format(template, net, up, down));
							}
						}
						default -> {
							// as Tenor prints it
						}
					}
				}
				this.sink.file(Delivery.FIRST, date, fileName.get(),
						utf8(ArchiveFormat.text(article.first(), lines::get)));
			}
			case LONG_TITLE -> {
				StringBuilder longTitle = new StringBuilder(title.get()).append(':');
				int length = 4_001 + random.nextInt(400);
				while (longTitle.length() < length) {
					longTitle.append(' ').append(Vocabulary.pick(random, Vocabulary.WORDS.get("topic")));
				}
				Generated article = stored(random, date, source, longTitle.toString());
				this.tally.notes++;
				if (jsonMonth) {
					this.sink.jsonLine(Delivery.FIRST, date, ArchiveFormat.jsonLine(article.first()));
				}
				else {
					this.sink.file(Delivery.FIRST, date, fileName.get(), utf8(ArchiveFormat.text(article.first())));
				}
			}
			case FAR_DATE -> {
				int[] years = { 206, 1, 9999, 1899, 1989, date.getYear() + 1000 };
				LocalDate far = date.withYear(years[random.nextInt(years.length)]);
				Article article = this.generator.article(random, far, source, title.get(), 0).first();
				this.tally.rejects++;
				if (jsonMonth) {
					this.sink.jsonLine(Delivery.FIRST, date, ArchiveFormat.jsonLine(article));
				}
				else {
					this.sink.file(Delivery.FIRST, date, fileName.get(), utf8(ArchiveFormat.text(article)));
				}
			}
			case BAD_JSON -> {
				String bad = String.format(pick(random, BAD_JSON), source, date, title.get());
				this.tally.rejects++;
				if (jsonMonth) {
					this.sink.jsonLine(Delivery.FIRST, date, bad);
				}
				else {
					// a small export next to the files: the bad line, then a good one
					Generated good = stored(random, date, source, title.get());
					String export = bad + "\n" + ArchiveFormat.jsonLine(good.first()) + "\n";
					this.sink.file(Delivery.FIRST, date, fileName.get().replace(".txt", ".jsonl"), utf8(export));
					this.tally.extraEntries++;
				}
			}
			case TAR_NAMES -> {
				// tar -C delivery -czf delivery.tgz . : ./ on every name, folders, macOS
				// files
				String folder = String.format("./%d/%02d/", date.getYear(), date.getMonthValue());
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
					tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
					folder(tar, "./");
					folder(tar, String.format("./%d/", date.getYear()));
					folder(tar, folder);
					file(tar, "./.DS_Store", new byte[] { 0, 0, 0, 1, 'B', 'u', 'd', '1' });
					for (int i = 0; i < 2; i++) {
						Generated article = stored(random, date, source, title.get());
						String name = folder + fileName.get();
						file(tar, name, utf8(ArchiveFormat.text(article.first())));
						file(tar, folder + "._" + name.substring(folder.length()), new byte[] { 0, 5, 22, 7 });
					}
				}
				this.sink.file(Delivery.FIRST, date, fileName.get().replace(".txt", ".tgz"), bytes.toByteArray());
				this.tally.extraEntries++;
			}
			case ZIP_SLIP -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
					Article escaping = this.generator.article(random, date, source, title.get(), 0).first();
					String slip = random.nextBoolean() ? "../../" : "..\\..\\";
					zip.putNextEntry(entry(slip + fileName.get()));
					zip.write(utf8(ArchiveFormat.text(escaping)));
					Generated good = stored(random, date, source, title.get());
					zip.putNextEntry(entry(fileName.get()));
					zip.write(utf8(ArchiveFormat.text(good.first())));
				}
				this.tally.rejects++;
				this.sink.file(Delivery.FIRST, date, fileName.get().replace(".txt", ".zip"), bytes.toByteArray());
				this.tally.extraEntries++;
			}
		}
	}

	/** An article that will be stored, counted with its comments. */
	private Generated stored(SplittableRandom random, LocalDate date, String source, String title) {
		Generated article = this.generator.article(random, date, source, title, 0);
		this.tally.articles++;
		this.tally.comments += article.first().comments().size();
		this.tally.quoting += article.quoting();
		return article;
	}

	/** A zip entry of a fixed time, so that the same seed gives the same bytes. */
	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(0);
		return entry;
	}

	private static void folder(TarArchiveOutputStream tar, String name) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name, true);
		entry.setModTime(0);
		tar.putArchiveEntry(entry);
		tar.closeArchiveEntry();
	}

	private static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name, true);
		entry.setSize(content.length);
		entry.setModTime(0);
		tar.putArchiveEntry(entry);
		tar.write(content);
		tar.closeArchiveEntry();
	}

	private static String pick(SplittableRandom random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
