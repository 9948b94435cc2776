package news.tenor.job;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.parameters.JobParameters;

/** Names of the job parameters a Tenor run carries, and the values derived from them. */
public final class TenorParameters {

	/** The input folder or file (identifying). */
	public static final String INPUT = "input";

	/** The workbook to write (not identifying). */
	public static final String WORKBOOK = "workbook";

	/** Whether an existing workbook of that name may be replaced (not identifying). */
	public static final String OVERWRITE = "overwrite";

	/** The parser: sr or pcfg (identifying). */
	public static final String PARSER = "parser";

	/** The longest sentence, in tokens, that is parsed (identifying). */
	public static final String MAX_SENTENCE_TOKENS = "max-sentence-tokens";

	/** When the run was asked for: makes every plain {@code run} its own job instance. */
	public static final String REQUESTED = "requested";

	private TenorParameters() {
	}

	public static ScoringSettings scoringSettings(JobParameters parameters) {
		String parser = parameters.getString(PARSER);
		Long maxTokens = parameters.getLong(MAX_SENTENCE_TOKENS);
		return new ScoringSettings(parser == null ? ParserChoice.SR : ParserChoice.of(parser),
				maxTokens == null ? ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS : maxTokens.intValue());
	}

}
