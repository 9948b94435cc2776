package news.tenor.scoring;

import java.util.List;

import news.tenor.scoring.SentenceSplitter.SplitSentence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

	final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void sentencesAreCutWhereCoreNlpCutsThemAndCountedInCoreNlpTokens() {
		List<SplitSentence> sentences = this.splitter.split("Good. Very good. But not enough.");
		assertThat(sentences).extracting(SplitSentence::text).containsExactly("Good.", "Very good.", "But not enough.");
		assertThat(sentences).extracting(SplitSentence::tokens).containsExactly(2, 3, 4);
		// "isn't" is two tokens, as the parser sees it
		assertThat(this.splitter.split("It isn't.")).extracting(SplitSentence::tokens).containsExactly(4);
	}

	@Test
	void paragraphsEndSentencesAndLineBreaksInsideOneDoNot() {
		assertThat(this.splitter.split("I agree\nwith you\n\nNot with them")).extracting(SplitSentence::text)
			.containsExactly("I agree with you", "Not with them");
	}

	@Test
	void theCacheKeyIgnoresSpacingAndUnicodeCompositionButNotQuoteMarks() {
		assertThat(SentenceSplitter.normalize("  Caf\u0065\u0301  owners\tagree ")).isEqualTo("Caf\u00e9 owners agree");
		// curly and straight quotes tokenise alike but are kept apart: CoreNLP sees the
		// text
		assertThat(SentenceSplitter.normalize("It\u2019s")).isNotEqualTo(SentenceSplitter.normalize("It's"));
	}

	@Test
	void nothingToSplitGivesNoSentences() {
		assertThat(this.splitter.split(null)).isEmpty();
		assertThat(this.splitter.split(" \n ")).isEmpty();
	}

}
