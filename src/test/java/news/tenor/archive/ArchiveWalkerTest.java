package news.tenor.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

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
					seen.add(entry.location() + (entry.jsonLine() ? " (json)" : ""));
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

}
