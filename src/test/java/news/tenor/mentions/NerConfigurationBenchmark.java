package news.tenor.mentions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;

import news.tenor.mentions.EntitySentimentSet.Pair;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SentimentPipeline;

/**
 * Why the recogniser is configured as it is: for Tenor's configuration and the heavier
 * ones CoreNLP offers, the load time, the time per SST test sentence (one thread, after a
 * warm-up pass) and how many of the labelled set's entities each finds with a type Tenor
 * keeps.
 *
 * <pre>
 * mvn -Pbench test -Dtest=NerConfigurationBenchmark
 * </pre>
 */
class NerConfigurationBenchmark {

	private static final String DIR = "edu/stanford/nlp/models/ner/";

	@Test
	void eachConfigurationsCostAndRecall() throws IOException {
		Map<String, Properties> configurations = new LinkedHashMap<>();
		configurations.put("Tenor: 3-class CRF only", EntityRecogniser.properties());
		Properties numeric = EntityRecogniser.properties();
		numeric.setProperty("ner.applyNumericClassifiers", "true");
		numeric.setProperty("ner.useSUTime", "true");
		configurations.put("+ numeric classifiers and SUTime", numeric);
		Properties fine = EntityRecogniser.properties();
		fine.setProperty("ner.applyFineGrained", "true");
		configurations.put("+ fine-grained rules (regexner)", fine);
		Properties four = EntityRecogniser.properties();
		four.setProperty("ner.model", DIR + "english.conll.4class.distsim.crf.ser.gz");
		configurations.put("4-class CRF only", four);
		Properties caseless = EntityRecogniser.properties();
		caseless.setProperty("ner.model", DIR + "english.all.3class.caseless.distsim.crf.ser.gz");
		configurations.put("3-class caseless CRF only", caseless);
		Properties defaults = new Properties();
		defaults.setProperty("annotators", "ner");
		configurations.put("CoreNLP's default ner", defaults);

		List<String> sst = new ArrayList<>();
		Path folder = Path.of(System.getProperty("tenor.sst", "../shared/eval-data/sst")).toAbsolutePath().normalize();
		for (String line : Files.readAllLines(folder.resolve("sst_test.txt"), StandardCharsets.UTF_8)) {
			sst.add(line.split("\t", 2)[1]);
		}
		StanfordCoreNLP tokenizer = new StanfordCoreNLP(SentimentPipeline.tokenizerProperties());
		List<Pair> pairs = EntitySentimentSet.pairs();
		SentenceSplitter splitter = new SentenceSplitter();
		List<Annotation> documents = new ArrayList<>();
		for (String sentence : sst.subList(0,
				Math.min(sst.size(), Integer.getInteger("tenor.bench.sentences", 1000)))) {
			Annotation document = new Annotation(sentence);
			tokenizer.annotate(document);
			documents.add(document);
		}
		Map<String, StanfordCoreNLP> recognisers = new LinkedHashMap<>();
		Map<String, Long> loads = new LinkedHashMap<>();
		Map<String, Integer> found = new LinkedHashMap<>();
		for (Map.Entry<String, Properties> configuration : configurations.entrySet()) {
			long start = System.nanoTime();
			StanfordCoreNLP recogniser = new StanfordCoreNLP(configuration.getValue(), false);
			loads.put(configuration.getKey(), (System.nanoTime() - start) / 1_000_000);
			recognisers.put(configuration.getKey(), recogniser);
			found.put(configuration.getKey(), found(recogniser, tokenizer, pairs, splitter));
			// warm-up
			for (Annotation document : documents) {
				recogniser.annotate(document.copy());
			}
		}
		// rounds over the configurations in turn, so that a busy machine slows all alike
		Map<String, List<Double>> times = new LinkedHashMap<>();
		for (int round = 0; round < Integer.getInteger("tenor.bench.passes", 3); round++) {
			for (Map.Entry<String, StanfordCoreNLP> recogniser : recognisers.entrySet()) {
				List<Annotation> copies = documents.stream().map(Annotation::copy).toList();
				long start = System.nanoTime();
				for (Annotation document : copies) {
					recogniser.getValue().annotate(document);
				}
				times.computeIfAbsent(recogniser.getKey(), (k) -> new ArrayList<>())
					.add((System.nanoTime() - start) / 1e3 / copies.size());
			}
		}
		double tenor = median(times.values().iterator().next());
		System.out.printf("%-36s %8s %12s %10s %24s%n", "configuration", "load ms", "us/sentence", "x Tenor's",
				"labelled entities found");
		for (String name : recognisers.keySet()) {
			double us = median(times.get(name));
			System.out.printf(Locale.ROOT, "%-36s %8d %12.0f %10.2f %17d of %d%n", name, loads.get(name), us,
					us / tenor, found.get(name), pairs.size());
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	/** How many pairs' entities the recogniser finds with a type Tenor keeps. */
	private static int found(StanfordCoreNLP recogniser, StanfordCoreNLP tokenizer, List<Pair> pairs,
			SentenceSplitter splitter) {
		int found = 0;
		for (Pair pair : pairs) {
			boolean hit = false;
			for (SentenceSplitter.SplitSentence split : splitter.split(pair.text())) {
				Annotation document = new Annotation(split.text());
				tokenizer.annotate(document);
				recogniser.annotate(document);
				List<String> words = new ArrayList<>();
				List<String> tags = new ArrayList<>();
				for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
					words.add(token.word());
					// the fine-grained tags (CITY, COUNTRY, ...) under their coarse tag
					String coarse = token.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
					tags.add(coarse != null && EntityType.ofCoreNlp(token.ner()) == null ? coarse : token.ner());
				}
				for (Mention mention : SentenceMentions.of(words, tags).mentions()) {
					hit |= EntitySentimentEvaluation.matches(mention, pair.entity());
				}
			}
			found += hit ? 1 : 0;
		}
		return found;
	}

}
