package news.tenor.mentions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.tenor.mentions.EntitySentimentSet.Pair;
import news.tenor.mentions.EntitySentimentSet.Sentence;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SentimentPipeline;
import news.tenor.scoring.calibration.CalibratedScorer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real pipeline (Tenor's splitter, CoreNLP's shift-reduce parser and sentiment
 * model, and its named-entity recogniser in the same pass) over the labelled pairs,
 * checks that the committed analyses ({@code entity-sentiment-analyses.tsv}, which
 * {@link EntitySentimentTest} reads) are what it gives today, and that the recogniser run
 * without the parser finds the same mentions, then prints the entity-directed method's
 * sign accuracy against the sentence-level baseline. With
 * {@code -Dtenor.mentions.write=true} it writes the analyses instead.
 *
 * <pre>
 * mvn -Pbench test -Dtest=EntitySentimentBenchmark [-Dtenor.mentions.write=true]
 * </pre>
 */
class EntitySentimentBenchmark {

	static final Path COMMITTED = Path.of("src/test/resources/mentions/entity-sentiment-analyses.tsv");

	@Test
	void theCommittedAnalysesAreWhatThePipelineGivesAndTheMethodIsMeasuredOnThem() throws Exception {
		List<Pair> pairs = EntitySentimentSet.pairs();
		Map<Integer, String> comments = new LinkedHashMap<>();
		pairs.forEach((p) -> comments.putIfAbsent(p.comment(), p.text()));
		SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);
		EntityRecogniser recogniser = EntityRecogniser.get();
		SentenceSplitter splitter = new SentenceSplitter();
		Map<Integer, List<Sentence>> analysed = new LinkedHashMap<>();
		List<String> lines = new ArrayList<>();
		lines.add(EntitySentimentSet.ANALYSES_HEADER);
		int differing = 0;
		for (Map.Entry<Integer, String> comment : comments.entrySet()) {
			int index = 0;
			for (SentenceSplitter.SplitSentence split : splitter.split(comment.getValue())) {
				SentimentPipeline.Tagged<SentenceMentions> tagged = pipeline.analyse(split.text(), 80,
						recogniser::recognise);
				assertThat(tagged.analysed().analysis()).as(split.text()).isNotNull();
				Sentence sentence = new Sentence(comment.getKey(), index++, split.text(),
						tagged.analysed().score().probabilities(), tagged.analysed().analysis(), tagged.tags());
				if (!recogniser.recognise(split.text()).equals(tagged.tags())) {
					differing++;
					System.out.println("the recogniser alone differs on: " + split.text());
				}
				analysed.computeIfAbsent(comment.getKey(), (c) -> new ArrayList<>()).add(sentence);
				lines.add(sentence.line());
			}
		}
		assertThat(differing).as("sentences where the recogniser alone finds other mentions").isZero();
		if (Boolean.getBoolean("tenor.mentions.write")) {
			Files.write(COMMITTED, lines, StandardCharsets.UTF_8);
			System.out.println("wrote " + COMMITTED.toAbsolutePath());
		}
		else {
			assertThat(Files.readAllLines(COMMITTED, StandardCharsets.UTF_8)).containsExactlyElementsOf(lines);
			System.out.println(
					"the committed analyses are what the pipeline gives today (" + (lines.size() - 1) + " sentences)");
		}
		EntitySentimentReport.print(EntitySentimentEvaluation.evaluate(pairs, analysed, MentionSentiment.shipped(),
				CalibratedScorer.shipped()));
	}

}
