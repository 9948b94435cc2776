package news.tenor.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import news.tenor.run.RunScope;
import news.tenor.scoring.Sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A tally read from H2 and added up: the definitions of the report's figures. */
class TallyTest {

	@TempDir
	Path folder;

	@Test
	void netSentimentMeanAndVoteWeightedScoreOfAPeriod() {
		try (ReportDatabase db = new ReportDatabase(this.folder)) {
			LocalDate day = LocalDate.of(2026, 2, 1);
			long article = db.article("Paper", day, "news", "An article");
			fourComments(db, article);
			Tally tally = db.queries().period(new Period(day, day), ReportDatabase.MODEL, RunScope.EVERYTHING);
			assertThat(tally.articles()).isEqualTo(1);
			assertThat(tally.comments()).isEqualTo(4);
			assertThat(tally.scored()).isEqualTo(3);
			assertThat(tally.sentencesScored()).isEqualTo(3);
			assertThat(tally.unscoredSentences()).isEqualTo(1);
			assertThat(tally.netSentiment()).isCloseTo((1 - 1) / 3.0, within(1e-12));
			assertThat(tally.meanScore()).isCloseTo(0.4 / 3, within(1e-12));
			// (1+3)·0.8 + (1-1)·(-0.4) + 1·0 over (1+3) + (1+1) + 1
			assertThat(tally.voteWeightedScore()).isCloseTo(3.2 / 7, within(1e-12));
			assertThat(tally.share(Sentiment.VERY_POSITIVE)).isCloseTo(1 / 3.0, within(1e-12));

			Tally sum = new Tally();
			sum.add(tally);
			sum.add(tally);
			assertThat(sum.comments()).isEqualTo(8);
			assertThat(sum.voteWeightedScore()).isCloseTo(3.2 / 7, within(1e-12));
			assertThat(new Tally().meanScore()).isNull();
			assertThat(new Tally().netSentiment()).isNull();
		}
	}

	@Test
	void anArticlesTallyAddedUpFromItsCommentsEqualsTheSqlOne() {
		Tally fromComments = Tally.ofArticle();
		// as the Comments stream brings them: votes, label, score, sentences, unscored
		fromComments.addComment(3, 0, 4, 0.8, 1, 0);
		fromComments.addComment(0, 1, 1, -0.4, 2, 1);
		fromComments.addComment(0, 0, 2, 0.0, 1, 0);
		fromComments.addComment(0, 0, null, null, 0, 0);
		fromComments.addComment(null, null, 3, 0.5, 1, 0);
		try (ReportDatabase db = new ReportDatabase(this.folder)) {
			LocalDate day = LocalDate.of(2026, 2, 1);
			long article = db.article("Paper", day, "news", "An article");
			fourComments(db, article);
			db.score(db.comment(article, 5, "d", "d", null, null, null, null), ReportDatabase.MODEL, 3, 0.5, 1, 0);
			Tally fromSql = db.queries().period(new Period(day, day), ReportDatabase.MODEL, RunScope.EVERYTHING);
			assertThat(fromComments).usingRecursiveComparison().isEqualTo(fromSql);
			assertThat(fromComments.comments()).isEqualTo(5);
			assertThat(fromComments.scored()).isEqualTo(4);
		}
	}

	@Test
	void aPeriodIsRestrictedToSourcesAndCategoriesIgnoringCaseAndToOneModel() {
		try (ReportDatabase db = new ReportDatabase(this.folder)) {
			LocalDate day = LocalDate.of(2026, 2, 1);
			long a = db.article("Japan Today", day, "Politics", "A");
			db.score(db.comment(a, 1, "x", "x", null, null, 0, 0), ReportDatabase.MODEL, 3, 0.5, 1, 0);
			long b = db.article("Other", day, "politics", "B");
			db.score(db.comment(b, 1, "y", "y", null, null, 0, 0), ReportDatabase.MODEL, 3, 0.5, 1, 0);
			long c = db.article("Japan Today", day, "sports", "C");
			db.score(db.comment(c, 1, "z", "z", null, null, 0, 0), "another model", 3, 0.5, 1, 0);
			Period period = new Period(day, day);
			assertThat(db.queries()
				.period(period, ReportDatabase.MODEL, new RunScope(null, null, List.of("japan today"), List.of()))
				.scored()).isEqualTo(1);
			assertThat(db.queries()
				.period(period, ReportDatabase.MODEL, new RunScope(null, null, List.of(), List.of("POLITICS")))
				.articles()).isEqualTo(2);
			Tally japanToday = db.queries()
				.period(period, ReportDatabase.MODEL, new RunScope(null, null, List.of("Japan Today"), List.of()));
			assertThat(japanToday.comments()).isEqualTo(2);
			assertThat(japanToday.scored()).isEqualTo(1);
		}
	}

	/**
	 * Very positive with 3 up-votes, negative with 1 down-vote, neutral, and a comment
	 * without own words (no label).
	 */
	private static void fourComments(ReportDatabase db, long article) {
		db.score(db.comment(article, 1, "a", "a", null, null, 3, 0), ReportDatabase.MODEL, 4, 0.8, 1, 0);
		db.score(db.comment(article, 2, "b", "b", null, null, 0, 1), ReportDatabase.MODEL, 1, -0.4, 2, 1);
		db.score(db.comment(article, 3, "c", "c", null, null, 0, 0), ReportDatabase.MODEL, 2, 0.0, 1, 0);
		db.score(db.comment(article, 4, "> q", null, "q", "article", 0, 0), ReportDatabase.MODEL, null, null, 0, 0);
	}

}
