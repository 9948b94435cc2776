package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import news.tenor.run.RunCounts;
import news.tenor.run.RunDefinition;
import news.tenor.run.RunLauncher;
import news.tenor.run.RunOutcome;
import news.tenor.run.WorkbookNames;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
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

	private final JobRepository jobRepository;

	private final ScoringSettings defaults;

	RunCommand(RunLauncher launcher, JobRepository jobRepository,
			@Value("${tenor.scoring.scorer}") String defaultScorer,
			@Value("${tenor.scoring.parser}") String defaultParser,
			@Value("${tenor.scoring.max-sentence-tokens}") int defaultMaxTokens) {
		this.launcher = launcher;
		this.jobRepository = jobRepository;
		this.defaults = new ScoringSettings(ParserChoice.of(defaultParser), defaultMaxTokens, Scorer.of(defaultScorer));
	}

	int run(RunRequest request, PrintStream out) {
		RunDefinition run = request.job() != null
				? request.job()
					.run(LocalDateTime.now(request.job().zoneOrDefault()), request.overrides(), this.defaults)
				: plain(request);
		return report(this.launcher.start(run), this.jobRepository, out);
	}

	/**
	 * A plain {@code run --input}: a new job instance every time (the request time is
	 * identifying).
	 */
	private RunDefinition plain(RunRequest request) {
		LocalDateTime requested = LocalDateTime.now();
		Path workbook = Path.of(WorkbookNames
			.unused(request.output().resolve("tenor-" + FILE_TIME.format(requested) + ".xlsx").toString()));
		ScoringSettings scoring = new ScoringSettings(
				request.parser() != null ? request.parser() : this.defaults.parser(),
				request.maxSentenceTokens() != null ? request.maxSentenceTokens() : this.defaults.maxSentenceTokens(),
				request.scorer() != null ? request.scorer() : this.defaults.scorer());
		return RunDefinition.plain(request.inputs(), request.from(), request.to(), scoring, requested, workbook,
				request.overwrite());
	}

	/**
	 * What the run did (over all its attempts, for a restarted run) and where its
	 * workbook is; a run that did not complete is a failure saying how to go on.
	 */
	static int report(JobExecution execution, JobRepository jobRepository, PrintStream out) {
		RunOutcome outcome = RunOutcome.of(execution, jobRepository);
		LocalDateTime end = execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now();
		Duration took = Duration.between(execution.getStartTime(), end);
		out.printf("Run %d (job %s) %s in %.1f s%n", execution.getId(),
				RunDefinition.from(execution.getJobParameters()).jobName(), execution.getStatus(),
				took.toMillis() / 1000.0);
		out.printf(
				"  ingest: %d entries read, %d articles new, %d updated, %d unchanged, %d comments new, %d rejected%n",
				outcome.count(RunCounts.ENTRIES), outcome.count(RunCounts.ARTICLES_NEW),
				outcome.count(RunCounts.ARTICLES_UPDATED), outcome.count(RunCounts.ARTICLES_UNCHANGED),
				outcome.count(RunCounts.COMMENTS_NEW), outcome.count(RunCounts.REJECTS));
		out.printf("  score:  %d comments scored; sentences: %d parsed, %d from cache, %d too long, %d failed%n",
				outcome.count(RunCounts.COMMENTS_SCORED), outcome.count(RunCounts.SENTENCES_PARSED),
				outcome.count(RunCounts.SENTENCES_CACHED), outcome.count(RunCounts.SENTENCES_TOO_LONG),
				outcome.count(RunCounts.SENTENCES_FAILED));
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.println("Workbook: " + (outcome.workbook() != null ? outcome.workbook() : "(none)"));
			if (outcome.delivery() != null) {
				out.println("Delivery: " + outcome.delivery());
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

}
