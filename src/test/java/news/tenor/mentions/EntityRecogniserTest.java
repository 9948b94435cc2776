package news.tenor.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.SentimentPipeline;
import news.tenor.scoring.calibration.CalibrationSentences;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's recogniser as Tenor configures it, in the parser's pass and alone. */
class EntityRecogniserTest {

	static final List<String> SENTENCES = List.of("Look at Koizumi\u2019s excellent push-up form.",
			"Makes Hegseth and the other Americans look pathetic.",
			"Which was basically the whole point of Washington hosting Koizumi, to ensure the LDP keeps the gravy train flowing.",
			"The Bank of Japan (BOJ) raised rates, and Governor Kazuo Ueda was praised by Prime Minister Sanae Takaichi in Tokyo.",
			"Koizumi junior really lays it on thick", "no names here at all, just words");

	private final EntityRecogniser recogniser = EntityRecogniser.get();

	@Test
	void theRecogniserAloneFindsWhatItFindsInTheParsersPassAndLeavesTheScoreAlone() {
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		for (String sentence : SENTENCES) {
			SentimentPipeline.Tagged<SentenceMentions> tagged = pipeline.analyse(sentence, 80,
					this.recogniser::recognise);
			assertThat(this.recogniser.recognise(sentence)).as(sentence).isEqualTo(tagged.tags());
			SentimentPipeline.Analysed plain = pipeline.analyse(sentence, 80);
			assertThat(tagged.analysed().score().probabilities()).isEqualTo(plain.score().probabilities());
			assertThat(tagged.analysed().analysis().encode()).isEqualTo(plain.analysis().encode());
			assertThat(tagged.tags().tokens()).isEqualTo(plain.analysis().tokens());
		}
	}

	/**
	 * An existing data folder turning mentions on: its sentences' cached analyses are
	 * read, the recogniser runs alone on their text, and nothing is parsed again.
	 */
	@Test
	void mentionsOfACachedSentenceAreFoundAndScoredWithoutParsingIt() {
		EntitySentimentSet.Sentence cached = EntitySentimentSet.analyses().get(1).get(0);
		long parses = SentimentPipeline.parsesInThisJvm();
		long recognised = EntityRecogniser.recognisedInThisJvm();
		SentenceMentions mentions = this.recogniser.recognise(cached.text());
		List<MentionScore> scores = MentionSentiment.shipped().score(cached.input(), mentions);
		assertThat(SentimentPipeline.parsesInThisJvm()).isEqualTo(parses);
		assertThat(EntityRecogniser.recognisedInThisJvm()).isEqualTo(recognised + 1);
		assertThat(mentions).isEqualTo(cached.mentions());
		assertThat(scores).extracting(MentionScore::isScored).containsExactly(true, true);
		// and a rerun reads the cached line: no recogniser, no parser
		SentenceMentions reread = SentenceMentions.decode(mentions.encode());
		assertThat(MentionSentiment.shipped().score(cached.input(), reread)).isEqualTo(scores);
		assertThat(EntityRecogniser.recognisedInThisJvm()).isEqualTo(recognised + 1);
		assertThat(SentimentPipeline.parsesInThisJvm()).isEqualTo(parses);
	}

	@Test
	void aSentenceTooLongToParseStillHasItsMentions() {
		SentimentPipeline.Tagged<SentenceMentions> tagged = SentimentPipeline.get(ParserChoice.SR)
			.analyse(SENTENCES.get(3), 5, this.recogniser::recognise);
		assertThat(tagged.analysed().score().status()).isEqualTo(SentenceScore.Status.TOO_LONG);
		assertThat(tagged.analysed().analysis()).isNull();
		assertThat(tagged.tags().mentions()).extracting(Mention::text).contains("Bank of Japan", "Sanae Takaichi");
	}

	@Test
	void peopleOrganisationsAndPlacesAreFoundAndTitlesLeftOut() {
		SentenceMentions mentions = this.recogniser.recognise(SENTENCES.get(3));
		assertThat(mentions.mentions()).extracting(Mention::text, Mention::type)
			.contains(org.assertj.core.groups.Tuple.tuple("Bank of Japan", EntityType.ORGANISATION),
					org.assertj.core.groups.Tuple.tuple("BOJ", EntityType.ORGANISATION),
					org.assertj.core.groups.Tuple.tuple("Kazuo Ueda", EntityType.PERSON),
					org.assertj.core.groups.Tuple.tuple("Sanae Takaichi", EntityType.PERSON),
					org.assertj.core.groups.Tuple.tuple("Tokyo", EntityType.PLACE));
		assertThat(this.recogniser.recognise(SENTENCES.get(5)).isEmpty()).isTrue();
	}

	@Test
	void theTagsOfASentenceDoNotDependOnWhatWasTaggedBefore() {
		List<SentenceMentions> first = new ArrayList<>();
		SENTENCES.forEach((s) -> first.add(this.recogniser.recognise(s)));
		List<SentenceMentions> reversed = new ArrayList<>();
		for (int i = SENTENCES.size() - 1; i >= 0; i--) {
			reversed.add(0, this.recogniser.recognise(SENTENCES.get(i)));
		}
		assertThat(reversed).isEqualTo(first);
	}

	/**
	 * The mentions are CoreNLP's own entity mentions ({@code entitymentions}, as
	 * {@link CoreEntityMention}s), without the types Tenor does not keep.
	 */
	@Test
	void theMentionsAreCoreNlpsEntityMentions() {
		Properties properties = EntityRecogniser.properties();
		properties.setProperty("annotators", "tokenize,ssplit,ner");
		properties.setProperty("ssplit.isOneSentence", "true");
		properties.setProperty("ner.buildEntityMentions", "true");
		StanfordCoreNLP withMentions = new StanfordCoreNLP(properties);
		for (String sentence : SENTENCES) {
			CoreDocument document = new CoreDocument(sentence);
			withMentions.annotate(document);
			List<String> coreNlp = new ArrayList<>();
			for (CoreEntityMention mention : document.entityMentions()) {
				EntityType type = EntityType.ofCoreNlp(mention.entityType());
				if (type != null) {
					// CoreLabel.index() is 1-based
					int start = mention.tokens().get(0).index() - 1;
					coreNlp.add(start + "-" + (start + mention.tokens().size()) + "/" + type);
				}
			}
			List<String> tenor = this.recogniser.recognise(sentence)
				.mentions()
				.stream()
				.map((m) -> m.start() + "-" + m.end() + "/" + m.type())
				.toList();
			assertThat(tenor).as(sentence).isEqualTo(coreNlp);
		}
	}

	/**
	 * The recogniser skips the CRF on sentences that plainly name no one
	 * ({@link EntityRecogniser#mayName}) and finds, on 400 sentences of SST dev as Tenor
	 * cuts them (the committed calibration data: real film reviews, names of directors
	 * and actors often the first word), exactly what CoreNLP's own {@code ner} finds on
	 * every sentence.
	 */
	@Test
	void skippingSentencesThatNameNoOneLosesNoMention() throws Exception {
		Properties properties = EntityRecogniser.properties();
		properties.setProperty("annotators", "tokenize,ssplit,ner");
		properties.setProperty("ssplit.isOneSentence", "true");
		StanfordCoreNLP everySentence = new StanfordCoreNLP(properties);
		List<String> sentences = CalibrationSentences.read()
			.stream()
			.filter(row -> row.set().equals("sst-dev"))
			.limit(400)
			.map(CalibrationSentences.Row::text)
			.toList();
		assertThat(sentences).hasSize(400);
		long skipped = EntityRecogniser.skippedInThisJvm();
		int named = 0;
		for (String sentence : sentences) {
			Annotation document = new Annotation(sentence);
			everySentence.annotate(document);
			List<String> words = new ArrayList<>();
			List<String> tags = new ArrayList<>();
			for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
				words.add(token.word());
				tags.add(token.ner());
			}
			SentenceMentions coreNlp = SentenceMentions.of(words, tags);
			named += coreNlp.isEmpty() ? 0 : 1;
			assertThat(this.recogniser.recognise(sentence)).as(sentence).isEqualTo(coreNlp);
		}
		assertThat(named).isGreaterThan(100);
		assertThat(EntityRecogniser.skippedInThisJvm() - skipped).isBetween(100L, 300L);
	}

	@Test
	void onlySentencesThatPlainlyNameNoOneAreSkipped() {
		long skipped = EntityRecogniser.skippedInThisJvm();
		this.recogniser.recognise("The film is good, and I liked it.");
		this.recogniser.recognise("But it was far too long.");
		assertThat(EntityRecogniser.skippedInThisJvm() - skipped).isEqualTo(2);
		// a capital after the first word, a first word that may be a name, lower case
		// throughout: the CRF reads them
		assertThat(this.recogniser.recognise("Koizumi junior really lays it on thick").mentions())
			.extracting(Mention::text)
			.containsExactly("Koizumi");
		this.recogniser.recognise("the film was shot in Tokyo");
		this.recogniser.recognise("May resigned after the vote.");
		this.recogniser.recognise("i ordered another from amazon and nokia");
		assertThat(EntityRecogniser.skippedInThisJvm() - skipped).isEqualTo(2);
	}

}
