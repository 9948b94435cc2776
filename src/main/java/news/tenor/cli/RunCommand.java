package news.tenor.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import news.tenor.job.RunLauncher;
import news.tenor.job.TenorParameters;
import news.tenor.job.WorkbookNames;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code tenor run}: starts the job (from a job file, or on one input folder), waits for
 * it, and prints what it did and where the workbook is.
 */
@Component
class RunCommand {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private final RunLauncher launcher;

	private final String defaultParser;

	private final int defaultMaxTokens;

	RunCommand(RunLauncher launcher, @Value("${tenor.scoring.parser}") String defaultParser,
			@Value("${tenor.scoring.max-sentence-tokens}") int defaultMaxTokens) {
		this.launcher = launcher;
		this.defaultParser = defaultParser;
		this.defaultMaxTokens = defaultMaxTokens;
	}

	int run(RunRequest request, PrintStream out) {
		JobParameters parameters = request.job() != null ? request.job()
			.parameters(LocalDateTime.now(request.job().zoneOrDefault()), request.overrides(), this.defaultParser,
					this.defaultMaxTokens)
				: plain(request);
		return report(this.launcher.start(parameters), out);
	}

	/**
	 * A plain {@code run --input}: a new job instance every time (the request time is
	 * identifying).
	 */
	private JobParameters plain(RunRequest request) {
		LocalDateTime requested = LocalDateTime.now();
		String workbook = WorkbookNames
			.unused(request.output().resolve("tenor-" + FILE_TIME.format(requested) + ".xlsx").toString());
		JobParametersBuilder parameters = new JobParametersBuilder()
			.addString(TenorParameters.INPUT, request.input().toString())
			.addString(TenorParameters.PARSER, request.parser() != null ? request.parser() : this.defaultParser)
			.addLong(TenorParameters.MAX_SENTENCE_TOKENS,
					(long) (request.maxSentenceTokens() != null ? request.maxSentenceTokens() : this.defaultMaxTokens))
			.addString(TenorParameters.REQUESTED, requested.toString());
		if (request.from() != null) {
			parameters.addLocalDate(TenorParameters.FROM, request.from());
		}
		if (request.to() != null) {
			parameters.addLocalDate(TenorParameters.TO, request.to());
		}
		return parameters.addString(TenorParameters.WORKBOOK, workbook, false)
			.addString(TenorParameters.OVERWRITE, Boolean.toString(request.overwrite()), false)
			.toJobParameters();
	}

	static int report(JobExecution execution, PrintStream out) {
		Map<String, Long> counts = counts(execution);
		LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
		Duration took = Duration.between(execution.getStartTime(), end);
		out.printf("Run %d (job %s) %s in %.1f s%n", execution.getId(),
				TenorParameters.jobName(execution.getJobParameters()), execution.getStatus(), took.toMillis() / 1000.0);
		out.printf(
				"  ingest: %d entries read, %d articles new, %d updated, %d unchanged, %d comments new, %d rejected%n",
				c(counts, "entries"), c(counts, "articles.new"), c(counts, "articles.updated"),
				c(counts, "articles.unchanged"), c(counts, "comments.new"), c(counts, "rejects"));
		out.printf("  score:  %d comments scored; sentences: %d parsed, %d from cache, %d too long, %d failed%n",
				c(counts, "comments.scored"), c(counts, "sentences.parsed"), c(counts, "sentences.cached"),
				c(counts, "sentences.too-long"), c(counts, "sentences.failed"));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.println("Workbook: " + execution.getExecutionContext().getString("report.workbook", "(none)"));
			String delivery = execution.getExecutionContext().getString("delivery.status", null);
			if (delivery != null) {
				out.println("Delivery: " + delivery);
			}
			return 0;
		}
		if (execution.getStatus() == BatchStatus.STOPPED) {
			throw new IllegalStateException("run " + execution.getId() + " stopped; continue it with `tenor restart "
					+ execution.getId() + "`");
		}
		String reason = execution.getAllFailureExceptions().isEmpty() ? execution.getExitStatus().getExitDescription()
				: Failures.oneLine(execution.getAllFailureExceptions().get(0));
		throw new IllegalStateException("run " + execution.getId() + " " + execution.getStatus().name().toLowerCase()
				+ ": " + (reason == null || reason.isBlank() ? "see the log in the data folder" : reason)
				+ " (restart it with `tenor restart " + execution.getId() + "`)");
	}

	/** The counters of the run's steps (see RunCounts), summed. */
	static Map<String, Long> counts(JobExecution execution) {
		Map<String, Long> counts = new HashMap<>();
		for (StepExecution step : execution.getStepExecutions()) {
			step.getExecutionContext().entrySet().forEach(e -> {
				if (e.getValue() instanceof Long n) {
					counts.merge(e.getKey(), n, Long::sum);
				}
			});
		}
		return counts;
	}

	static long c(Map<String, Long> counts, String key) {
		return counts.getOrDefault(key, 0L);
	}

}
