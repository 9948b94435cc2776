package news.tenor.archive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Archives written by the tests, member by member, with the names and entry kinds that
 * real tools write (and some they should not): {@code ./} prefixes, folders, links, named
 * pipes, names that climb out.
 */
final class TestArchives {

	private TestArchives() {
	}

	/** A member of a tar or zip: a file, or a folder, link or named pipe (tar only). */
	record Member(String name, byte[] content, byte kind, String linkTo) {

		static Member file(String name, byte[] content) {
			return new Member(name, content, TarConstants.LF_NORMAL, null);
		}

		static Member file(String name, String content) {
			return file(name, content.getBytes(StandardCharsets.UTF_8));
		}

		static Member folder(String name) {
			return new Member(name.endsWith("/") ? name : name + "/", new byte[0], TarConstants.LF_DIR, null);
		}

		static Member symlink(String name, String to) {
			return new Member(name, new byte[0], TarConstants.LF_SYMLINK, to);
		}

		static Member hardLink(String name, String to) {
			return new Member(name, new byte[0], TarConstants.LF_LINK, to);
		}

		static Member namedPipe(String name) {
			return new Member(name, new byte[0], TarConstants.LF_FIFO, null);
		}

		static Member device(String name) {
			return new Member(name, new byte[0], TarConstants.LF_CHR, null);
		}

	}

	/** A small article, one comment, dated 2026-01-{@code day}. */
	static String article(String title, int day) {
		return " date 2026-01-" + String.format("%02d", day) + "  Japan Today\npolitics\n\n" + title
				+ "\n\nThe body of the article.\n\n\u00A9 KYODO\n\nA reader's comment.\n\n2 ( +2 / -0 )\n";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A tar of the members, names as given (not normalised as commons-compress would);
	 * long names as PAX headers, or GNU ones.
	 */
	static byte[] tar(boolean gnuLongNames, Member... members) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
			tar.setLongFileMode(
					gnuLongNames ? TarArchiveOutputStream.LONGFILE_GNU : TarArchiveOutputStream.LONGFILE_POSIX);
			for (Member member : members) {
				TarArchiveEntry entry = new TarArchiveEntry(member.name(), member.kind(), true);
				if (member.linkTo() != null) {
					entry.setLinkName(member.linkTo());
				}
				entry.setSize(member.kind() == TarConstants.LF_NORMAL ? member.content().length : 0);
				entry.setModTime(1_768_435_200_000L);
				tar.putArchiveEntry(entry);
				if (member.kind() == TarConstants.LF_NORMAL) {
					tar.write(member.content());
				}
				tar.closeArchiveEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] tar(Member... members) {
		return tar(false, members);
	}

	/** A zip of the files and folders, names as given. */
	static byte[] zip(Member... members) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Member member : members) {
				zip.putNextEntry(new ZipEntry(member.name()));
				zip.write(member.content());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] gzip(byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
			gz.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** Runs a command (tar, zip, mkfifo) and fails the test when it fails. */
	static void run(Path directory, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Whether a command is on the PATH, for tests that use the real tool. */
	static boolean installed(String command) {
		for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

	/** What a walk yields: "where" for entries, "location: reason" for the unreadable. */
	static List<String> walk(Path root) {
		return ArchiveWalkerTest.walk(root);
	}

	static List<ParsedEntry> parse(Path root) {
		List<ParsedEntry> parsed = new ArrayList<>();
		try (ArchiveWalker walker = new ArchiveWalker(root)) {
			while (walker.hasNext()) {
				try {
					parsed.add(ParsedEntry.of(walker.next()));
				}
				catch (ArchiveWalker.Unreadable ex) {
					parsed.add(new ParsedEntry.Rejected(ex.location(), ex.line(), ex.getMessage()));
				}
			}
		}
		return parsed;
	}

}
