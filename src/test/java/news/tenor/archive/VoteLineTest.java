package news.tenor.archive;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 2: every line that looks like a vote line ends a comment; its votes are
 * read when they can be, and noted as unknown (with the line) when they cannot. Two
 * comments are never merged.
 */
class VoteLineTest {

	@ParameterizedTest
	@ValueSource(strings = { "2 ( +2 / -0 )", "2(+2/-0)", "-7 ( +2 / -9 )", "\u22127 ( +2 / \u22129 )",
			"2\u00A0(\u00A0+2\u00A0/\u00A0-0\u00A0)", "2\u2009( +2 /\u2009-0 )",
			"2\u3000\uFF08\uFF0B2\u3000\uFF0F\uFF0D0\uFF09", "\uFF12 ( +\uFF12 / -\uFF10 )", "2 ( +2 / \u20130 )",
			"2 ( +2 / \u20140 )", "2 ( +2 / \uFE630 )", "2 ( +2 / \uFF0D0 )", "2 ( + 2 / - 0 )", "2 ( 2 / 0 )",
			"+2 ( +2 / -0 )", "2 ( +2 / -0 ).", "0002 ( +2 / -0 )" })
	void readableVoteLinesInAnySpacingDigitsAndSigns(String line) {
		VoteLine.Read read = VoteLine.read(line);
		assertThat(read).isNotNull();
		assertThat(read.problem()).isNull();
		assertThat(read.votes().up()).isEqualTo(2);
		assertThat(Math.abs(read.votes().net())).isIn(2, 7);
	}

	@Test
	void whatCannotBeReadSaysWhy() {
		assertThat(VoteLine.read("99999999999999999999 ( +99999999999999999999 / -0 )").problem())
			.isEqualTo("'99999999999999999999' is larger than any vote count (2,147,483,647)");
		assertThat(VoteLine.read("2147483648 ( +1 / -0 )").problem()).contains("larger than any vote count");
		assertThat(VoteLine.read("2147483647 ( +2147483647 / -0 )").problem()).isNull();
		assertThat(VoteLine.read("3 ( +-2 / -1 )").problem()).isEqualTo("'+-2' is not a count");
		assertThat(VoteLine.read("abc ( +x / -y )").problem()).isEqualTo("'abc' is not a count");
		assertThat(VoteLine.read("3 ( +4 / --1 )").problem()).isEqualTo("'--1' is not a count");
		assertThat(VoteLine.read("1,234 ( +1,300 / -66 )").problem()).isEqualTo("'1,234' is not a count");
		assertThat(VoteLine.read("3 ( 4x / 1 )").problem()).isEqualTo("'4x' is not a count");
		assertThat(VoteLine.read("n/a ( +4 / -1 )").problem()).isEqualTo("'n/a' is not a count");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tokyo ( north / south )", "> 2 ( +2 / -0 )", "\"2 ( +2 / -0 )\"", "(1/2)",
			"I agree (mostly / sometimes)", "see https://example.com/a_(b)/c", "Prices (+5% and / -3% overall)",
			"2 ( +2 / -0 ) and more words" })
	void linesThatOnlyResembleAVoteLineAreText(String line) {
		assertThat(VoteLine.read(line)).isNull();
	}

	@Test
	void theStartOfAVoteLineWhereAFileWasCut() {
		assertThat(List.of("2", "2 (", "2 ( +2", "2 ( +2 /", "2 ( +2 / -", "2\u00A0( +\uFF12 / \u2212"))
			.allMatch(VoteLine::isStump);
		assertThat(VoteLine.isStump("two (")).isFalse();
	}

	/**
	 * A file of comments whose vote lines are readable or not, in every spacing: each
	 * comment comes out once, with its own text; readable votes are the votes, the others
	 * are unknown with a note naming the line.
	 */
	@Property(tries = 400)
	void everyVoteLineEndsOneCommentWhateverItHolds(@ForAll("comments") List<Tuple.Tuple2<String, VoteSlot>> comments)
			throws ArchiveFormatException {
		StringBuilder file = new StringBuilder(
				" date 2026-01-15  Japan Today\npolitics\n\nA title\n\nThe body.\n\n\u00A9 KYODO\n\n");
		List<Integer> lines = new ArrayList<>();
		List<Boolean> glued = new ArrayList<>();
		for (Tuple.Tuple2<String, VoteSlot> comment : comments) {
			// a readable vote line is sometimes on the comment's own line (a lost
			// newline)
			boolean glue = comment.get2().votes() != null && comment.get1().length() % 4 == 0;
			glued.add(glue);
			if (glue) {
				lines.add((int) file.chars().filter(c -> c == '\n').count() + 1);
				file.append(comment.get1()).append(' ').append(comment.get2().line()).append('\n');
				continue;
			}
			file.append(comment.get1()).append("\n\n");
			lines.add((int) file.chars().filter(c -> c == '\n').count() + 1);
			file.append(comment.get2().line()).append('\n');
			if (comment.get2().line().length() % 3 == 0) {
				file.append('\n');
			}
		}
		Article article = ArticleParser.parse(file.toString());
		assertThat(article.comments()).hasSameSizeAs(comments);
		for (int i = 0; i < comments.size(); i++) {
			Comment comment = article.comments().get(i);
			VoteSlot slot = comments.get(i).get2();
			assertThat(comment.text()).isEqualTo(comments.get(i).get1());
			assertThat(comment.votes()).isEqualTo(slot.votes());
			if (slot.votes() == null) {
				assertThat(comment.note()).startsWith("votes unknown: vote line " + lines.get(i) + " '")
					.contains("' cannot be read (");
			}
			else if (glued.get(i)) {
				assertThat(comment.note()).isEqualTo("vote line " + lines.get(i) + " shares its line with text");
			}
			else {
				assertThat(comment.note()).isNull();
			}
		}
	}

	/** A generated vote line and the votes it should read as ({@code null}: unknown). */
	record VoteSlot(String line, VoteCount votes) {
	}

	@Provide
	Arbitrary<List<Tuple.Tuple2<String, VoteSlot>>> comments() {
		Arbitrary<String> text = ArchivePropertiesTest.words(1, 12);
		return Combinators.combine(text, voteLines()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(8);
	}

	@Provide
	Arbitrary<VoteSlot> voteLines() {
		Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\u00A0", "\u2009", "\u202F", "\u3000", "\t");
		Arbitrary<String> open = Arbitraries.of("(", "\uFF08");
		Arbitrary<String> close = Arbitraries.of(")", "\uFF09");
		Arbitrary<String> slash = Arbitraries.of("/", "\uFF0F");
		Arbitrary<String> plus = Arbitraries.of("+", "\uFF0B");
		Arbitrary<String> minus = Arbitraries.of("-", "\u2212", "\u2012", "\u2013", "\u2014", "\u2015", "\uFE63",
				"\uFF0D");
		Arbitrary<Tuple.Tuple2<String, Integer>> net = Arbitraries.oneOf(count(),
				count().map(c -> Tuple.of("+" + c.get1(), c.get2())),
				count().map(c -> Tuple.of("-" + c.get1(), -c.get2())), junk());
		Arbitrary<Tuple.Tuple2<String, Integer>> up = Arbitraries.oneOf(count(), count(), junk(),
				count().map(c -> Tuple.of("-" + c.get1(), (Integer) null)));
		Arbitrary<Tuple.Tuple2<String, Integer>> down = Arbitraries.oneOf(count(), count(), junk());
		return Combinators
			.combine(List.of(any(net), any(space), any(open), any(space), any(plus), any(up), any(space), any(slash),
					any(space), any(minus), any(down), any(space), any(close)))
			.as(parts -> {
				@SuppressWarnings("unchecked")
				Tuple.Tuple2<String, Integer> n = (Tuple.Tuple2<String, Integer>) parts.get(0);
				@SuppressWarnings("unchecked")
				Tuple.Tuple2<String, Integer> u = (Tuple.Tuple2<String, Integer>) parts.get(5);
				@SuppressWarnings("unchecked")
				Tuple.Tuple2<String, Integer> d = (Tuple.Tuple2<String, Integer>) parts.get(10);
				StringBuilder line = new StringBuilder(n.get1());
				for (int i = 1; i < parts.size(); i++) {
					Object part = parts.get(i);
					line.append(part instanceof Tuple.Tuple2<?, ?> slot ? slot.get1() : part);
				}
				VoteCount votes = n.get2() == null || u.get2() == null || d.get2() == null ? null
						: new VoteCount(n.get2(), u.get2(), d.get2());
				return new VoteSlot(line.toString(), votes);
			});
	}

	private static Arbitrary<Object> any(Arbitrary<?> arbitrary) {
		return arbitrary.map(value -> (Object) value);
	}

	/** A count as readers may see it, in ASCII or full-width digits, and its value. */
	static Arbitrary<Tuple.Tuple2<String, Integer>> count() {
		Arbitrary<Integer> value = Arbitraries.oneOf(Arbitraries.integers().between(0, 50),
				Arbitraries.integers().between(0, Integer.MAX_VALUE));
		return Combinators.combine(value, Arbitraries.of(false, true)).as((v, wide) -> {
			String digits = Integer.toString(v);
			if (wide) {
				StringBuilder w = new StringBuilder();
				digits.chars().forEach(c -> w.append((char) ('\uFF10' + (c - '0'))));
				digits = w.toString();
			}
			return Tuple.of(digits, v);
		});
	}

	/** Anything in place of a count: letters, symbols, overflowing digits. */
	static Arbitrary<Tuple.Tuple2<String, Integer>> junk() {
		Arbitrary<String> letters = Arbitraries.strings()
			.withChars("abcxyzABC?!#*~=_\u00E9\uFF41\u03B1")
			.ofMinLength(1)
			.ofMaxLength(12)
			.map(s -> "x" + s);
		Arbitrary<String> overflow = Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(30).map(s -> "9" + s);
		Arbitrary<String> mixed = Combinators.combine(Arbitraries.integers().between(0, 99), letters)
			.as((n, s) -> n + s);
		return Arbitraries.oneOf(letters, overflow, mixed).map(s -> Tuple.of(s, (Integer) null));
	}

}
