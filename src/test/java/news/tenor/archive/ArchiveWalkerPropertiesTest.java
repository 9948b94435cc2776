package news.tenor.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.tenor.archive.TestArchives.Member;

import static news.tenor.archive.TestArchives.article;
import static news.tenor.archive.TestArchives.gzip;
import static news.tenor.archive.TestArchives.tar;
import static news.tenor.archive.TestArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 1, as a family: however a tool spells member names ({@code ./},
 * {@code //}, {@code /./}, a leading slash, backslashes) and wraps them (tar, gzipped or
 * not whatever the name says, in a zip, with folder entries and hidden files), every
 * article is read once under its normalised name, and a name that climbs out is a reject
 * naming it; nothing else.
 */
class ArchiveWalkerPropertiesTest {

	/** A member as written in the archive, and its name once normalised. */
	record Named(String written, String normalised) {
	}

	@Property(tries = 100)
	void everyArticleOfAnyLayoutIsReadOnceUnderItsNormalisedName(@ForAll("members") List<Named> members,
			@ForAll("layouts") String layout, @ForAll boolean folderEntries, @ForAll boolean hidden,
			@ForAll("slips") String slip) throws IOException {
		List<Member> written = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		String outer = switch (layout) {
			case "tar", "gzipped.tar" -> "a.tar";
			case "tgz", "plain.tgz" -> "a.tgz";
			case "tar.gz" -> "a.tar.gz";
			default -> "a.zip";
		};
		String prefix = outer + "!/" + (layout.equals("tar.gz-in-zip") ? "inner.tar.gz!/" : "");
		Set<String> folders = new HashSet<>(List.of("./"));
		if (folderEntries) {
			written.add(Member.folder("./"));
		}
		for (int i = 0; i < members.size(); i++) {
			Named member = members.get(i);
			String folderEntry = member.written().substring(0, member.written().lastIndexOf('/') + 1);
			if (folderEntries && !folderEntry.isEmpty() && folders.add(folderEntry)) {
				written.add(Member.folder(folderEntry));
			}
			written.add(Member.file(member.written(), article("Article " + i, 1 + i)));
			expected.add(prefix + member.normalised());
			if (hidden && i == 0) {
				written.add(Member.file("./.DS_Store", "not an article"));
				written.add(Member.file("__MACOSX/" + member.normalised() + "._x", "not an article"));
			}
		}
		if (!slip.isEmpty()) {
			written.add(Member.file(slip, "never read"));
			expected.add(prefix + slip.replace('\\', '/') + ": member name '" + slip.replace('\\', '/')
					+ "' climbs out of the archive ('..'): not read (nothing is ever unpacked)");
		}
		Member[] all = written.toArray(new Member[0]);
		byte[] bytes = switch (layout) {
			case "tar" -> tar(all);
			case "gzipped.tar", "tgz", "tar.gz" -> gzip(tar(all));
			case "plain.tgz" -> tar(all);
			case "tar.gz-in-zip" -> zip(Member.file("inner.tar.gz", gzip(tar(all))));
			default -> zip(all);
		};
		Path folder = Files.createTempDirectory("tenor-layout");
		try {
			Files.write(folder.resolve(outer), bytes);
			List<String> seen = new ArrayList<>();
			int articles = 0;
			for (ParsedEntry entry : TestArchives.parse(folder)) {
				if (entry instanceof ParsedEntry.Parsed parsed) {
					assertThat(parsed.article().title()).startsWith("Article ");
					articles++;
					seen.add(parsed.location());
				}
				else if (entry instanceof ParsedEntry.Rejected rejected) {
					seen.add(rejected.location() + ": " + rejected.reason());
				}
			}
			assertThat(slipsAsWritten(seen)).containsExactlyElementsOf(expected);
			assertThat(articles).isEqualTo(members.size());
		}
		finally {
			ArchivePropertiesTest.delete(folder);
		}
	}

	/** Backslashes in a slip's name may come back as slashes (commons-compress, zips). */
	private static List<String> slipsAsWritten(List<String> seen) {
		return seen.stream().map(s -> s.contains("climbs out") ? s.replace('\\', '/') : s).toList();
	}

	@Provide
	Arbitrary<String> layouts() {
		return Arbitraries.of("tar", "gzipped.tar", "tgz", "plain.tgz", "tar.gz", "zip", "tar.gz-in-zip");
	}

	@Provide
	Arbitrary<String> slips() {
		return Arbitraries.of("", "", "../x.txt", "../../etc/passwd", "a/../../x.txt", "./../x.txt", "..\\..\\x.txt");
	}

	@Provide
	Arbitrary<List<Named>> members() {
		Arbitrary<String> segment = Arbitraries.strings()
			.withCharRange('a', 'z')
			.numeric()
			.withChars("_-")
			.ofMinLength(1)
			.ofMaxLength(8);
		Arbitrary<List<String>> folders = segment.list().ofMaxSize(3);
		Arbitrary<String> start = Arbitraries.of("", "", "./", "/", ".//");
		Arbitrary<String> separator = Arbitraries.of("/", "/", "//", "/./", "\\");
		return Combinators.combine(start, folders, separator, segment).as((s, path, sep, name) -> {
			List<String> parts = new ArrayList<>(path);
			parts.add(name);
			return List.of(s, String.join(sep, parts), String.join("/", parts));
		}).list().ofMinSize(1).ofMaxSize(5).map(list -> {
			// numbered, so that no two members share a name
			List<Named> named = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				List<String> m = list.get(i);
				named.add(new Named(m.get(0) + m.get(1) + "-" + i + ".txt", m.get(2) + "-" + i + ".txt"));
			}
			return named;
		});
	}

}
