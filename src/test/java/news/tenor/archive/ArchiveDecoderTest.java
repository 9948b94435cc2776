package news.tenor.archive;

import org.junit.jupiter.api.Test;

import static news.tenor.archive.ArticleParserTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArchiveDecoderTest {

	static final String COMPLETE = ArticleParserTest.fixture("format/complete.txt");

	@Test
	void utf8WithByteOrderMark() throws Exception {
		ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(bytes("encoding/utf8-with-bom.txt"));
		assertThat(decoded.text()).isEqualTo(COMPLETE);
		assertThat(decoded.encoding()).isEqualTo("UTF-8 with BOM");
	}

	@Test
	void crlfAndCrLineEndsBecomeLf() throws Exception {
		assertThat(ArchiveDecoder.decode(bytes("encoding/crlf.txt")).text()).isEqualTo(COMPLETE);
		assertThat(ArchiveDecoder.decode(bytes("encoding/cr.txt")).text()).isEqualTo(COMPLETE);
	}

	@Test
	void windows1252IsDecodedWithItsPunctuation() throws Exception {
		ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(bytes("encoding/windows-1252.txt"));
		assertThat(decoded.encoding()).isEqualTo("Windows-1252");
		Article article = ArticleParser.parse(decoded.text());
		assertThat(article.comments()).extracting(Comment::text)
			.containsExactly(
					"Caf\u00E9 prices, \u201Cstockpiles\u201D and \u20AC200 a bag \u2013 it\u2019s all the same story.",
					"Na\u00EFve to think the ministry will fix it.");
	}

	@Test
	void iso88591IsReadAsItsWindows1252Superset() throws Exception {
		Article article = ArticleParser.parse(ArchiveDecoder.decode(bytes("encoding/iso-8859-1.txt")).text());
		assertThat(article.comments().get(0).text()).isEqualTo(
				"Caf\u00E9 au lait costs more than a bowl of rice in M\u00FCnchen \u00AB\u00A0seriously\u00A0\u00BB.");
	}

	@Test
	void utf16WithAndWithoutByteOrderMark() throws Exception {
		assertThat(ArchiveDecoder.decode(bytes("encoding/utf16le-with-bom.txt")).text()).isEqualTo(COMPLETE);
		ArchiveDecoder.Decoded withoutBom = ArchiveDecoder.decode(bytes("encoding/utf16le-without-bom.txt"));
		assertThat(withoutBom.text()).isEqualTo(COMPLETE);
		assertThat(withoutBom.encoding()).isEqualTo("UTF-16LE without BOM");
	}

	@Test
	void utf8ThatWasReadAsWindows1252AndSavedAgainIsRepaired() throws Exception {
		ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(bytes("encoding/double-encoded-utf8.txt"));
		assertThat(decoded.encoding()).contains("repaired");
		Article article = ArticleParser.parse(decoded.text());
		assertThat(article.comments().get(0).text())
			.isEqualTo("Caf\u00E9 prices and \u20AC200 a bag \u2013 it\u2019s all the same story.");
		assertThat(decoded.text()).doesNotContain("\u00C3", "\u00E2\u20AC");
	}

	@Test
	void c1ControlCodesAreTheWindows1252PunctuationTheyStoodFor() throws Exception {
		Article article = ArticleParser.parse(ArchiveDecoder.decode(bytes("encoding/c1-control-quotes.txt")).text());
		assertThat(article.comments().get(0).text()).isEqualTo("It\u2019s the same story every year.");
	}

	@Test
	void germanQuotesAfterSharpSAreNotMojibake() throws Exception {
		Article article = ArticleParser
			.parse(ArchiveDecoder.decode(bytes("encoding/german-quotes-not-mojibake.txt")).text());
		assertThat(article.comments().get(0).text()).contains("Stra\u00DFe \u201Egro\u00DF\u201C");
	}

	@Test
	void aFileMixingUtf8AndWindows1252IsRejectedWithBothLines() {
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> ArchiveDecoder.decode(bytes("encoding/mixed-utf8-and-windows-1252.txt")))
			.withMessageStartingWith("mixes encodings: byte 0xEF on line 23 is not UTF-8, but line 15 holds UTF-8")
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(23));
	}

	@Test
	void mojibakeNextToProperUtf8IsRejectedNotStored() {
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> ArchiveDecoder.decode(bytes("encoding/mojibake-saved-as-utf8.txt")))
			.withMessageStartingWith("holds mojibake '\u00C3\u00A9'")
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(19));
	}

	@Test
	void replacementCharactersAreRejectedNotStored() {
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> ArchiveDecoder.decode(bytes("encoding/replacement-characters.txt")))
			.withMessageStartingWith("holds U+FFFD replacement characters")
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(19));
	}

	@Test
	void emptyAndBinaryFilesAreRejected() {
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> ArchiveDecoder.decode(bytes("not-articles/empty.txt")))
			.withMessage("empty file (0 bytes)");
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> ArchiveDecoder.decode(bytes("not-articles/binary.jpg")))
			.withMessage("binary content, not text (NUL byte at offset 4)")
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(1));
	}

	@Test
	void strayControlCharactersBecomeSpaces() throws Exception {
		String text = "a\u0007b\u000Bc " + "plain text ".repeat(20) + "\n";
		assertThat(ArchiveDecoder.decode(text.getBytes()).text()).startsWith("a b c plain text");
	}

}
