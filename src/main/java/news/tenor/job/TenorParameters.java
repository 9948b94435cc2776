package news.tenor.job;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Names of the job parameters a Tenor run carries, and the values derived from them.
 * Identifying parameters decide the job instance: a job file's run is identified by its
 * job name, inputs, window, filters and scoring settings, so the same job over the same
 * window is one instance (Spring Batch refuses to run it twice, restarts it if it
 * failed). A plain {@code run --input} and a {@code rerun} add {@link #REQUESTED} to make
 * a new instance.
 */
public final class TenorParameters {

	/** The input folders or files, one per line (identifying). */
	public static final String INPUT = "input";

	/** The workbook to write (not identifying). */
	public static final String WORKBOOK = "workbook";

	/** Whether an existing workbook of that name may be replaced (not identifying). */
	public static final String OVERWRITE = "overwrite";

	/** The parser: sr or pcfg (identifying). */
	public static final String PARSER = "parser";

	/** The longest sentence, in tokens, that is parsed (identifying). */
	public static final String MAX_SENTENCE_TOKENS = "max-sentence-tokens";

	/**
	 * When the run was asked for: makes every plain {@code run} and every {@code rerun}
	 * its own job instance (identifying).
	 */
	public static final String REQUESTED = "requested";

	/** The job file's job name (identifying); absent for a plain {@code run --input}. */
	public static final String JOB = "job";

	/** First day of the window, inclusive (identifying, a date). */
	public static final String FROM = "from";

	/** Last day of the window, inclusive (identifying, a date). */
	public static final String TO = "to";

	/** Sources an article must come from, one per line (identifying). */
	public static final String SOURCES = "sources";

	/** Categories an article must be in, one per line (identifying). */
	public static final String CATEGORIES = "categories";

	/** Who receives the workbook by e-mail, one address per line (not identifying). */
	public static final String RECIPIENTS = "recipients";

	/**
	 * The subject of the delivery e-mail, when the job file sets one (not identifying).
	 */
	public static final String SUBJECT = "subject";

	/** The run this one repeats, for {@code tenor rerun} (not identifying). */
	public static final String RERUN_OF = "rerun-of";

	/** The job name shown for a plain {@code run --input}, which has no job file. */
	public static final String PLAIN_RUN = "tenor";

	private TenorParameters() {
	}

	public static ScoringSettings scoringSettings(JobParameters parameters) {
		String parser = parameters.getString(PARSER);
		Long maxTokens = parameters.getLong(MAX_SENTENCE_TOKENS);
		return new ScoringSettings(parser == null ? ParserChoice.SR : ParserChoice.of(parser),
				maxTokens == null ? ScoringSettings.DEFAULT_MAX_SENTENCE_TOKENS : maxTokens.intValue());
	}

	/** The job name of a run: its job file's name, or {@value #PLAIN_RUN}. */
	public static String jobName(JobParameters parameters) {
		String job = parameters.getString(JOB);
		return job == null ? PLAIN_RUN : job;
	}

	/**
	 * A list as one parameter value: one item per line (paths, source names and addresses
	 * have no line breaks, so nothing needs escaping).
	 */
	public static String joinList(Collection<String> items) {
		return String.join("\n", items);
	}

	public static List<String> list(JobParameters parameters, String name) {
		String value = parameters.getString(name);
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public static LocalDate date(JobParameters parameters, String name) {
		return parameters.getLocalDate(name);
	}

}
