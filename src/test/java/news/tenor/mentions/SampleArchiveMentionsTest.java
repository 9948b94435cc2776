package news.tenor.mentions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.Article;
import news.tenor.archive.CommentWords;
import news.tenor.archive.ParsedEntry;
import news.tenor.mentions.EntityResolver.Entity;
import news.tenor.mentions.EntityResolver.Occurrence;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Sentiment;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SentimentPipeline;
import news.tenor.scoring.calibration.SentenceInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Done-when on the bundled sample ({@code src/sample-archive}), through the
 * real pipeline as the score step would run it: CoreNLP's recogniser alone on the
 * article's title, caption and body, in the same pass as the parse on the commenters' own
 * words, then the resolver over the article, and each comment's sentiment toward each
 * entity.
 */
class SampleArchiveMentionsTest {

	static final Path SAMPLE = Path.of("src/sample-archive/000_8ddd6db9764333c1.txt");

	/**
	 * Every mention of the article, where it was (0 the article, n comment n), its score.
	 */
	record Found(int comment, Mention mention, MentionScore score, Entity entity) {
	}

	static List<Found> found;

	@BeforeAll
	static void readTheSample() throws Exception {
		ParsedEntry.Parsed parsed = (ParsedEntry.Parsed) ParsedEntry
			.of(new ArchiveEntry(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE), false, 1));
		Article article = parsed.article();
		SentenceSplitter splitter = new SentenceSplitter();
		EntityRecogniser recogniser = EntityRecogniser.get();
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		MentionSentiment sentiment = MentionSentiment.shipped();
		List<Occurrence> occurrences = new ArrayList<>();
		List<Found> unresolved = new ArrayList<>();
		List<String> articleTexts = new ArrayList<>();
		articleTexts.add(article.title());
		articleTexts.add(article.caption());
		articleTexts.addAll(article.body());
		for (String text : articleTexts) {
			for (SentenceSplitter.SplitSentence sentence : splitter.split(text)) {
				for (Mention mention : recogniser.recognise(sentence.text()).mentions()) {
					occurrences.add(new Occurrence(mention, sentence.text()));
					unresolved.add(new Found(0, mention, null, null));
				}
			}
		}
		for (int c = 0; c < parsed.words().size(); c++) {
			CommentWords words = parsed.words().get(c);
			if (!words.hasOwnWords()) {
				continue;
			}
			for (SentenceSplitter.SplitSentence sentence : splitter.split(words.own())) {
				SentimentPipeline.Tagged<SentenceMentions> tagged = pipeline.analyse(sentence.text(), 80,
						recogniser::recognise);
				SentenceInput input = new SentenceInput(sentence.text(), sentence.tokens(),
						tagged.analysed().score().probabilities(), tagged.analysed().analysis());
				List<MentionScore> scores = sentiment.score(input, tagged.tags());
				for (int m = 0; m < scores.size(); m++) {
					Mention mention = tagged.tags().mentions().get(m);
					occurrences.add(new Occurrence(mention, sentence.text()));
					unresolved.add(new Found(c + 1, mention, scores.get(m), null));
				}
			}
		}
		List<Entity> entities = new EntityResolver().resolve(List.of(occurrences)).get(0);
		found = new ArrayList<>();
		for (int i = 0; i < unresolved.size(); i++) {
			Found f = unresolved.get(i);
			found.add(new Found(f.comment(), f.mention(), f.score(), entities.get(i)));
			System.out.printf("%s %-22s %-12s -> %-18s %s%n", f.comment() == 0 ? "article  " : "comment " + f.comment(),
					f.mention().text(), f.mention().type().label(),
					entities.get(i).name() + " (" + entities.get(i).type().label() + ")", f.score() == null ? ""
							: String.format("%+.3f %s %s", f.score().score(), f.score().label(), f.score().scope()));
		}
	}

	private static List<Found> in(int comment) {
		return found.stream().filter((f) -> f.comment() == comment).toList();
	}

	private static Entity entityOf(int comment, String word) {
		return in(comment).stream()
			.filter((f) -> f.mention().words().contains(word))
			.map(Found::entity)
			.findFirst()
			.orElseThrow(
					() -> new AssertionError(word + " is not a mention of comment " + comment + ": " + in(comment)));
	}

	/** The comment's sentiment toward each entity it mentions. */
	private static Map<Entity, MentionScore> sentimentOf(int comment) {
		Map<Entity, List<MentionScore>> byEntity = new LinkedHashMap<>();
		for (Found f : in(comment)) {
			byEntity.computeIfAbsent(f.entity(), (e) -> new ArrayList<>()).add(f.score());
		}
		Map<Entity, MentionScore> combined = new LinkedHashMap<>();
		byEntity.forEach((entity, scores) -> combined.put(entity, MentionSentiment.shipped().combine(scores)));
		return combined;
	}

	@Test
	void koizumiAndHegsethArePersonsEachUnderOneName() {
		Entity koizumi = entityOf(1, "Koizumi");
		Entity hegseth = entityOf(1, "Hegseth");
		assertThat(koizumi.type()).isEqualTo(EntityType.PERSON);
		assertThat(koizumi.name()).isEqualTo("Shinjiro Koizumi");
		assertThat(hegseth.type()).isEqualTo(EntityType.PERSON);
		assertThat(hegseth.name()).isEqualTo("Pete Hegseth");
		// every mention of either, in the article and the comments, is the one entity
		assertThat(found.stream().filter((f) -> f.mention().words().contains("Koizumi")).map(Found::entity))
			.containsOnly(koizumi)
			.hasSizeGreaterThan(5);
		assertThat(found.stream().filter((f) -> f.mention().words().contains("Hegseth")).map(Found::entity))
			.containsOnly(hegseth);
	}

	@Test
	void koizumiJuniorInCommentFourIsTheKoizumiOfCommentOne() {
		assertThat(entityOf(4, "Koizumi")).isSameAs(entityOf(1, "Koizumi"));
	}

	@Test
	void theLdpIsAnOrganisation() {
		Entity ldp = entityOf(3, "LDP");
		assertThat(ldp.type()).isEqualTo(EntityType.ORGANISATION);
		assertThat(ldp.name()).isEqualTo("LDP");
	}

	@Test
	void commentOneIsPositiveAboutKoizumiAndNegativeAboutHegseth() {
		Map<Entity, MentionScore> sentiment = sentimentOf(1);
		MentionScore koizumi = sentiment.get(entityOf(1, "Koizumi"));
		MentionScore hegseth = sentiment.get(entityOf(1, "Hegseth"));
		assertThat(koizumi.score()).isPositive();
		assertThat(koizumi.label()).isIn(Sentiment.POSITIVE, Sentiment.VERY_POSITIVE);
		assertThat(hegseth.score()).isNegative();
		assertThat(hegseth.label()).isIn(Sentiment.NEGATIVE, Sentiment.VERY_NEGATIVE);
	}

}
