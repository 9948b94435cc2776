package news.tenor.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import news.tenor.job.TenorParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code tenor run}: starts the job, waits for it, and prints what it did and where the
 * workbook is.
 */
@Component
class RunCommand {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

	private final JobOperator jobOperator;

	private final Job job;

	private final String defaultParser;

	private final int defaultMaxTokens;

	RunCommand(JobOperator jobOperator, Job tenorJob, @Value("${tenor.scoring.parser}") String defaultParser,
			@Value("${tenor.scoring.max-sentence-tokens}") int defaultMaxTokens) {
		this.jobOperator = jobOperator;
		this.job = tenorJob;
		this.defaultParser = defaultParser;
		this.defaultMaxTokens = defaultMaxTokens;
	}

	int run(RunRequest request, PrintStream out) throws Exception {
		LocalDateTime requested = LocalDateTime.now();
		String workbook = request.output().resolve("tenor-" + FILE_TIME.format(requested) + ".xlsx").toString();
		JobParameters parameters = new JobParametersBuilder()
			.addString(TenorParameters.INPUT, request.input().toString())
			.addString(TenorParameters.PARSER, request.parser() != null ? request.parser() : this.defaultParser)
			.addLong(TenorParameters.MAX_SENTENCE_TOKENS,
					(long) (request.maxSentenceTokens() != null ? request.maxSentenceTokens() : this.defaultMaxTokens))
			.addString(TenorParameters.REQUESTED, requested.toString())
			.addString(TenorParameters.WORKBOOK, workbook, false)
			.addString(TenorParameters.OVERWRITE, Boolean.toString(request.overwrite()), false)
			.toJobParameters();
		JobExecution execution = this.jobOperator.start(this.job, parameters);
		return report(execution, out);
	}

	static int report(JobExecution execution, PrintStream out) {
		Map<String, Long> counts = new HashMap<>();
		for (StepExecution step : execution.getStepExecutions()) {
			step.getExecutionContext().entrySet().forEach(e -> {
				if (e.getValue() instanceof Long n) {
					counts.merge(e.getKey(), n, Long::sum);
				}
			});
		}
		LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
		Duration took = Duration.between(execution.getStartTime(), end);
		out.printf("Run %d (job %s) %s in %.1f s%n", execution.getId(), execution.getJobInstance().getJobName(),
				execution.getStatus(), took.toMillis() / 1000.0);
		out.printf(
				"  ingest: %d entries read, %d articles new, %d updated, %d unchanged, %d comments new, %d rejected%n",
				c(counts, "entries"), c(counts, "articles.new"), c(counts, "articles.updated"),
				c(counts, "articles.unchanged"), c(counts, "comments.new"), c(counts, "rejects"));
		out.printf("  score:  %d comments scored; sentences: %d parsed, %d from cache, %d too long, %d failed%n",
				c(counts, "comments.scored"), c(counts, "sentences.parsed"), c(counts, "sentences.cached"),
				c(counts, "sentences.too-long"), c(counts, "sentences.failed"));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.println("Workbook: " + execution.getExecutionContext().getString("report.workbook", "(none)"));
			return 0;
		}
		String reason = execution.getAllFailureExceptions().isEmpty() ? execution.getExitStatus().getExitDescription()
				: Failures.oneLine(execution.getAllFailureExceptions().get(0));
		throw new IllegalStateException("run " + execution.getId() + " " + execution.getStatus().name().toLowerCase()
				+ ": " + (reason == null || reason.isBlank() ? "see the log in the data folder" : reason));
	}

	private static long c(Map<String, Long> counts, String key) {
		return counts.getOrDefault(key, 0L);
	}

}
