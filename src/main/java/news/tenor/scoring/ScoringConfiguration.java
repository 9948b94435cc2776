package news.tenor.scoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scoring machinery: sentence splitting where comments are read, scoring in Spark.
 */
@Configuration(proxyBeanMethods = false)
public class ScoringConfiguration {

	@Bean
	SentenceSplitter sentenceSplitter() {
		return new SentenceSplitter();
	}

	@Bean(destroyMethod = "") // Spark stops itself at JVM exit; tests share one context
								// across Spring contexts
	SparkSessions sparkSessions(@Value("${tenor.spark.master:local[*]}") String master,
			@Value("${tenor.spark.executor-dir:}") String executorDir) {
		return new SparkSessions(master, executorDir);
	}

	/**
	 * Off ({@code tenor.scoring.warm-up=false}) only where the ingest step runs without a
	 * score step after it, as in the ingest benchmark.
	 */
	@Bean
	ScoringWarmUp scoringWarmUp(SparkSessions sparkSessions, @Value("${tenor.scoring.warm-up:true}") boolean enabled) {
		return new ScoringWarmUp(sparkSessions, enabled);
	}

	@Bean
	CommentScoring commentScoring(ScoreStore store, SparkSessions sparkSessions) {
		return new CommentScoring(store, new SparkScorer(sparkSessions));
	}

}
