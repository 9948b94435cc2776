package news.tenor.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import news.tenor.archive.TestArchives.Member;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.archive.TestArchives.article;
import static news.tenor.archive.TestArchives.gzip;
import static news.tenor.archive.TestArchives.installed;
import static news.tenor.archive.TestArchives.parse;
import static news.tenor.archive.TestArchives.run;
import static news.tenor.archive.TestArchives.tar;
import static news.tenor.archive.TestArchives.utf8;
import static news.tenor.archive.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ArchiveWalkerTest {

	static Path resource(String name) {
		try {
			return Path.of(ArchiveWalkerTest.class.getResource("/archive/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What a walk yields: "location" for entries, "location: reason" for the unreadable.
	 */
	static List<String> walk(Path root) {
		List<String> seen = new ArrayList<>();
		try (ArchiveWalker walker = new ArchiveWalker(root)) {
			while (walker.hasNext()) {
				try {
					ArchiveEntry entry = walker.next();
					seen.add(entry.where() + (entry.jsonLine() ? " (json)" : ""));
				}
				catch (ArchiveWalker.Unreadable ex) {
					seen.add(ex.location() + ": " + ex.getMessage());
				}
			}
		}
		return seen;
	}

	@Test
	void nestedFoldersGzZipTarAndJsonLinesAreReadInPlaceInAStableOrder() {
		assertThat(walk(resource("shapes"))).containsExactly("2026/01/16/000_rice.txt",
				"2026/01/16/001_rice-no-comments.txt", "2026/01/18/000_exports.txt.gz",
				"2026-01-20.tar.gz!/2026/01/20/000_tar.txt", "2026-01-20.tar.gz!/2026/01/20/001_tar.txt",
				"2026-01.zip!/2026/01/19/000_zip.txt", "2026-01.zip!/2026/01/19/001_zip.txt.gz",
				"2026-01.zip!/2026/01/19/inner.zip!/nested/000_inner.txt", "2026-01.zip!/2026/01/19/notes.txt",
				"broken.zip: zip cannot be read: EOFException", "cms/2026-01-22.jsonl.gz:1 (json)",
				"cms/2026-01.jsonl:1 (json)");
	}

	@Test
	void membersAreDecompressedAndParseAsArticles() throws Exception {
		List<String> titles = new ArrayList<>();
		try (ArchiveWalker walker = new ArchiveWalker(resource("shapes"))) {
			while (walker.hasNext()) {
				try {
					if (ParsedEntry.of(walker.next()) instanceof ParsedEntry.Parsed parsed) {
						titles.add(parsed.article().title());
					}
				}
				catch (ArchiveWalker.Unreadable ignored) {
					// the broken zip, checked above
				}
			}
		}
		assertThat(titles).containsExactly("Rice prices hit record as government releases reserves",
				"Rice reserves to be auctioned", "Rice exports fall for third month", "Rice harvest forecast raised",
				"Rice vending machines spread", "Rice imports from California rise", "Rice cracker makers raise prices",
				"Rice farmers protest in Akita", "Rice prices ease slightly", "Rice museum opens in Niigata");
	}

	@Test
	void aSingleFileCanBeTheInput() {
		assertThat(walk(resource("shapes/2026-01.zip"))).hasSize(4)
			.first()
			.isEqualTo("2026-01.zip!/2026/01/19/000_zip.txt");
		assertThat(walk(resource("format/complete.txt"))).containsExactly("complete.txt");
	}

	@Test
	void jsonLinesKeepTheirLineNumbersAndSkipBlankLines() {
		assertThat(walk(resource("jsonl/cms-export.jsonl"))).containsExactly("cms-export.jsonl:1 (json)",
				"cms-export.jsonl:3 (json)", "cms-export.jsonl:4 (json)", "cms-export.jsonl:5 (json)",
				"cms-export.jsonl:6 (json)", "cms-export.jsonl:7 (json)");
	}

	@Test
	void aCorruptGzIsReportedAndTheWalkGoesOn(@TempDir Path folder) throws IOException {
		Files.write(folder.resolve("a-broken.txt.gz"), new byte[] { 0x1f, (byte) 0x8b, 8, 0, 1, 2, 3 });
		Files.writeString(folder.resolve("b.txt"), "text");
		assertThat(walk(folder)).hasSize(2)
			.satisfiesExactly(broken -> assertThat(broken).startsWith("a-broken.txt.gz: cannot be read: "),
					next -> assertThat(next).isEqualTo("b.txt"));
	}

	@Test
	void aFileLargerThanAnyArticleIsReportedNotRead(@TempDir Path folder) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("huge.txt.gz")))) {
			byte[] block = new byte[1 << 20];
			for (int i = 0; i <= ArchiveWalker.MAX_ENTRY_BYTES >> 20; i++) {
				out.write(block);
			}
		}
		assertThat(walk(folder)).containsExactly("huge.txt.gz: larger than 16 MB: not an article file");
	}

	static List<String> titles(Path root) {
		return parse(root).stream()
			.map(e -> e instanceof ParsedEntry.Parsed p ? p.article().title()
					: ((ParsedEntry.Rejected) e).location() + ": " + ((ParsedEntry.Rejected) e).reason())
			.toList();
	}

	/** Issue 16, item 1: tars and zips as tools write them, and as they should not. */
	@Nested
	class MemberNames {

		@Test
		void aTarballMadeTheUsualWayIsReadWhole(@TempDir Path folder) throws IOException {
			assumeTrue(installed("tar"), "needs tar");
			Path archive = Files.createDirectories(folder.resolve("archive/2026/01/15"));
			Files.writeString(archive.resolve("000_a.txt"), article("First article", 15));
			Files.writeString(archive.resolve("001_b.txt"), article("Second article", 15));
			Files.writeString(archive.resolve(".DS_Store"), "hidden");
			Files.createDirectories(folder.resolve("in"));
			// names its members ./2026/01/15/000_a.txt, with ./ and folders as entries
			run(folder, "tar", "-C", "archive", "-czf", "in/archive.tgz", ".");
			assertThat(titles(folder.resolve("in"))).containsExactlyInAnyOrder("First article", "Second article");
			assertThat(walk(folder.resolve("in")))
				.allSatisfy(e -> assertThat(e).startsWith("archive.tgz!/2026/01/15/"));
		}

		@Test
		void namesAreNormalisedBeforeTheHiddenFileRule(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tar"),
					tar(Member.folder("./"), Member.file("./2026/a.txt", article("A", 1)),
							Member.file("2026//b.txt", article("B", 2)), Member.file("2026/./c.txt", article("C", 3)),
							Member.file("/2026/d.txt", article("D", 4)), Member.file("2026\\e.txt", article("E", 5)),
							Member.file("2026/x/../f.txt", article("F", 6)), Member.file("./.hidden/g.txt", "no"),
							Member.file("./2026/._h.txt", "no")));
			assertThat(walk(folder)).containsExactly("a.tar!/2026/a.txt", "a.tar!/2026/b.txt", "a.tar!/2026/c.txt",
					"a.tar!/2026/d.txt", "a.tar!/2026/e.txt", "a.tar!/2026/f.txt");
			assertThat(titles(folder)).containsExactly("A", "B", "C", "D", "E", "F");
		}

		@Test
		void aMemberThatWouldLeaveTheArchiveIsRejectedByNameAndTheOthersAreRead(@TempDir Path folder)
				throws IOException {
			Files.write(folder.resolve("a.zip"),
					zip(Member.file("../../x.txt", article("Slip", 1)), Member.file("ok.txt", article("Kept", 2)),
							Member.file("a/../../y.txt", "no"), Member.file("C:\\Windows\\z.txt", "no"),
							Member.file("\\\\server\\share\\w.txt", "no"), Member.file("..\\..\\v.txt", "no")));
			assertThat(walk(folder)).containsExactly(
					"a.zip!/../../x.txt: member name '../../x.txt' climbs out of the archive ('..'): not read "
							+ "(nothing is ever unpacked)",
					"a.zip!/ok.txt",
					"a.zip!/a/../../y.txt: member name 'a/../../y.txt' climbs out of the archive ('..'): not read "
							+ "(nothing is ever unpacked)",
					// commons-compress reads a backslash in a name as a slash already
					"a.zip!/C:/Windows/z.txt: member name 'C:/Windows/z.txt' names a Windows drive (C:), "
							+ "outside the archive: not read",
					"a.zip!///server/share/w.txt: member name '//server/share/w.txt' names a network share, "
							+ "outside the archive: not read",
					"a.zip!/../../v.txt: member name '../../v.txt' climbs out of the archive ('..'): not read "
							+ "(nothing is ever unpacked)");
		}

		@Test
		void linksInATarAreNeverFollowed(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tar"), tar(Member.file("2026/a.txt", article("A", 1)),
					Member.hardLink("2026/same-as-a.txt", "2026/a.txt"), Member.symlink("2026/also-a.txt", "a.txt"),
					Member.symlink("2026/passwd.txt", "../../etc/passwd"),
					Member.symlink("2026/abs.txt", "/etc/passwd"), Member.hardLink("2026/later.txt", "2026/b.txt"),
					Member.file("2026/b.txt", article("B", 2))));
			assertThat(walk(folder)).containsExactly("a.tar!/2026/a.txt",
					"a.tar!/2026/passwd.txt: a symbolic link to '../../etc/passwd', outside the archive: not followed "
							+ "(nothing is ever unpacked)",
					"a.tar!/2026/abs.txt: a symbolic link to '/etc/passwd', outside the archive: not followed "
							+ "(nothing is ever unpacked)",
					"a.tar!/2026/later.txt: a hard link to '2026/b.txt', not a file read before it in this tar: "
							+ "links in archives are not followed",
					"a.tar!/2026/b.txt");
		}

		@Test
		void namedPipesAndDevicesInATarAreRejected(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tgz"),
					gzip(tar(Member.namedPipe("pipe"), Member.device("tty"), Member.file("a.txt", article("A", 1)))));
			assertThat(walk(folder)).containsExactly("a.tgz!/pipe: not a regular file (named pipe)",
					"a.tgz!/tty: not a regular file (character device)", "a.tgz!/a.txt");
		}

		@Test
		void aTarOfWhichNothingIsReadSaysWhy(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tar"), tar(Member.folder("./"), Member.folder("./2026"),
					Member.file("./.DS_Store", "x"), Member.file("__MACOSX/2026/._a.txt", "x")));
			Files.write(folder.resolve("b.tar"), tar());
			Files.write(folder.resolve("c.zip"), zip(Member.folder("2026/"), Member.file("2026/.hidden.txt", "x")));
			assertThat(walk(folder)).containsExactly(
					"a.tar: tar holds no file to read: its 4 entries are 2 folders, "
							+ "2 hidden (names starting with '.', __MACOSX, Thumbs.db)",
					"b.tar: tar is empty, or not a tar at all",
					"c.zip: zip holds no file to read: its 2 entries are 1 folder, "
							+ "1 hidden (name starting with '.', __MACOSX, Thumbs.db)");
		}

		@Test
		void theSameMemberTwiceIsReadTwiceAsTwoCopies(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tar"), tar(Member.file("a.txt", article("A", 1)),
					Member.file("./a.txt", article("A", 1).replace("2 ( +2", "5 ( +5")), Member.file("a.txt", "")));
			assertThat(walk(folder)).containsExactly("a.tar!/a.txt", "a.tar!/a.txt (copy 2)", "a.tar!/a.txt (copy 3)");
			assertThat(parse(folder)).last()
				.isEqualTo(new ParsedEntry.Rejected("a.tar!/a.txt (copy 3)", 1, "empty file (0 bytes)"));
		}

		@Test
		void longNamesAsPaxOrGnuHeaders(@TempDir Path folder) throws IOException {
			String longName = "2026/01/15/" + "a-very-long-file-name-".repeat(8) + ".txt";
			Files.write(folder.resolve("pax.tar"), tar(false, Member.file("./" + longName, article("Pax", 1))));
			Files.write(folder.resolve("gnu.tar"), tar(true, Member.file("./" + longName, article("Gnu", 2))));
			assertThat(walk(folder)).containsExactly("gnu.tar!/" + longName, "pax.tar!/" + longName);
			assertThat(titles(folder)).containsExactly("Gnu", "Pax");
		}

		@Test
		void aTarIsReadForWhatItIsWhateverItsNameSays(@TempDir Path folder) throws IOException {
			byte[] tar = tar(Member.file("a.txt", article("A", 1)));
			Files.write(folder.resolve("1-plain.tar"), tar);
			Files.write(folder.resolve("2-gzipped.tar"), gzip(tar));
			Files.write(folder.resolve("3-plain.tgz"), tar);
			Files.write(folder.resolve("4-plain.tar.gz"), tar);
			Files.write(folder.resolve("5.zip"), zip(Member.file("inner.tar.gz", gzip(tar))));
			Files.write(folder.resolve("6-plain.txt.gz"), utf8(article("B", 2)));
			assertThat(walk(folder)).containsExactly("1-plain.tar!/a.txt", "2-gzipped.tar!/a.txt", "3-plain.tgz!/a.txt",
					"4-plain.tar.gz!/a.txt", "5.zip!/inner.tar.gz!/a.txt", "6-plain.txt.gz");
			assertThat(titles(folder)).containsExactly("A", "A", "A", "A", "A", "B");
		}

		@Test
		void formatsTenorDoesNotReadAreSaidSoByName(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.tar.xz"), new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 });
			Files.write(folder.resolve("b.zip"), zip(Member.file("c.txt.bz2", "BZh9")));
			assertThat(walk(folder)).containsExactly(
					"a.tar.xz: compressed as xz (.xz), which Tenor does not read: deliver it as .zip, .tar, .tar.gz or .gz",
					"b.zip!/c.txt.bz2: compressed as bzip2 (.bz2), which Tenor does not read: deliver it as .zip, .tar, "
							+ ".tar.gz or .gz");
		}

		@Test
		void anEncryptedZipMemberIsRejectedWithTheReason(@TempDir Path folder) throws IOException {
			assumeTrue(installed("zip"), "needs zip");
			Files.writeString(folder.resolve("a.txt"), article("Secret", 1));
			Files.createDirectories(folder.resolve("in"));
			Files.writeString(folder.resolve("b.txt"), article("Open", 2));
			run(folder, "zip", "-q", "-P", "secret", "in/a.zip", "a.txt");
			run(folder, "zip", "-q", "in/a.zip", "b.txt");
			// zip -P streams the member: its size comes after its data, so nothing after
			// it can be found either
			assertThat(walk(folder.resolve("in"))).containsExactly(
					"a.zip!/a.txt: encrypted: Tenor reads no encrypted zip members",
					"a.zip: zip cannot be read after its first entry (that was read): the member 'a.txt' cannot be "
							+ "skipped (its size comes after its data), so the members after it are not read");
		}

		@Test
		void controlCharactersInNamesAreShownAsQuestionMarks(@TempDir Path folder) throws IOException {
			Files.write(folder.resolve("a.zip"), zip(Member.file("a\nb\u0007.txt", article("A", 1))));
			assertThat(walk(folder)).containsExactly("a.zip!/a?b?.txt");
		}

	}

	/** Issue 16, item 8: nothing but regular files (or links to them) is opened. */
	@Nested
	@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	class SpecialFiles {

		@Test
		void aNamedPipeIsRejectedWithoutOpeningIt(@TempDir Path folder) throws IOException {
			assumeTrue(installed("mkfifo"), "needs mkfifo");
			Files.writeString(folder.resolve("a.txt"), article("A", 1));
			run(folder, "mkfifo", "b-pipe.txt");
			Files.createSymbolicLink(folder.resolve("c-link-to-pipe.txt"), folder.resolve("b-pipe.txt"));
			Files.writeString(folder.resolve("d.txt"), article("D", 2));
			long start = System.nanoTime();
			assertThat(walk(folder)).containsExactly("a.txt", "b-pipe.txt: not a regular file (named pipe)",
					"c-link-to-pipe.txt: not a regular file (a link to a named pipe)", "d.txt");
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
			assertThat(walk(folder.resolve("b-pipe.txt")))
				.containsExactly("b-pipe.txt: not a regular file (named pipe)");
		}

		@Test
		void aSocketAndDevicesAreRejected(@TempDir Path folder) throws IOException {
			Path socket = folder.resolve("a-socket");
			try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
				server.bind(UnixDomainSocketAddress.of(socket));
				List<String> expected = new ArrayList<>(List.of("a-socket: not a regular file (socket)"));
				if (Files.exists(Path.of("/dev/zero"))) {
					// reading /dev/zero would never end, /dev/null is empty
					Files.createSymbolicLink(folder.resolve("b-zero.txt"), Path.of("/dev/zero"));
					Files.createSymbolicLink(folder.resolve("c-null.txt"), Path.of("/dev/null"));
					expected.add("b-zero.txt: not a regular file (a link to a character device)");
					expected.add("c-null.txt: not a regular file (a link to a character device)");
				}
				assertThat(walk(folder)).containsExactlyElementsOf(expected);
			}
		}

		@Test
		void linksToFilesAreReadAndOtherLinksSayWhyNot(@TempDir Path folder) throws IOException {
			Files.createDirectories(folder.resolve("z-real"));
			Files.writeString(folder.resolve("z-real/a.txt"), article("A", 1));
			Files.createSymbolicLink(folder.resolve("a-link.txt"), folder.resolve("z-real/a.txt"));
			Files.createSymbolicLink(folder.resolve("b-dangling.txt"), Path.of("nowhere.txt"));
			Files.createSymbolicLink(folder.resolve("c-folder"), folder.resolve("z-real"));
			Files.createSymbolicLink(folder.resolve("d-loop"), folder.resolve("d-loop"));
			assertThat(walk(folder)).satisfiesExactly(link -> assertThat(link).isEqualTo("a-link.txt"),
					dangling -> assertThat(dangling)
						.isEqualTo("b-dangling.txt: a link to 'nowhere.txt', which does not exist"),
					toFolder -> assertThat(toFolder)
						.isEqualTo("c-folder: a link to a folder: not followed (links to folders can loop)"),
					loop -> assertThat(loop).startsWith("d-loop: a link that cannot be followed: "),
					real -> assertThat(real).isEqualTo("z-real/a.txt"));
		}

	}

}
