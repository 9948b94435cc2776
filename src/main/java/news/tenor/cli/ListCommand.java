package news.tenor.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import news.tenor.run.RunCounts;
import news.tenor.run.RunDefinition;
import news.tenor.run.RunFigures;
import news.tenor.run.RunLocks;
import news.tenor.run.RunOutcome;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code tenor list [JOB]}: past runs from the job repository, newest first, with what
 * each was asked to do, how it went, what it counted, its headline figures, where its
 * workbook is and whether it was delivered.
 */
@Component
class ListCommand {

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final RunLocks locks;

	private final String jobName;

	ListCommand(JobRepository jobRepository, JdbcTemplate jdbc, RunLocks locks, Job tenorJob) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.locks = locks;
		this.jobName = tenorJob.getName();
	}

	int list(String job, int limit, PrintStream out) {
		List<Long> ids = this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
				+ "ORDER BY e.JOB_EXECUTION_ID DESC", Long.class, this.jobName);
		List<JobExecution> runs = new ArrayList<>();
		for (long id : ids) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			if (execution != null && (job == null || job.equals(definition(execution).jobName()))) {
				runs.add(execution);
				if (runs.size() == limit) {
					break;
				}
			}
		}
		if (runs.isEmpty()) {
			out.println(job == null ? "No runs yet in this data folder." : "No runs of job " + job + " yet.");
			return 0;
		}
		out.printf("%-6s %-20s %-22s %-19s %10s%n", "ID", "JOB", "STATUS", "STARTED", "DURATION");
		for (JobExecution run : runs) {
			print(run, out);
		}
		return 0;
	}

	private void print(JobExecution run, PrintStream out) {
		RunDefinition definition = definition(run);
		RunOutcome outcome = RunOutcome.of(run, this.jobRepository);
		boolean interrupted = run.getStatus().isRunning() && !this.locks.instanceRunning(run.getJobInstanceId());
		String status = run.getStatus().name() + (interrupted ? " (interrupted)" : "");
		LocalDateTime start = run.getStartTime();
		String duration = start == null ? ""
				: seconds(Duration.between(start, run.getEndTime() != null ? run.getEndTime() : LocalDateTime.now()));
		out.printf("%-6d %-20s %-22s %-19s %10s%n", run.getId(), definition.jobName(), status,
				start == null ? "-" : start.withNano(0).toString().replace('T', ' '), duration);
		List<String> parameters = new ArrayList<>();
		definition.shown().forEach((name, value) -> parameters.add(name + "=" + value));
		out.println("       parameters: " + String.join(", ", parameters));
		out.printf(
				"       counts:     %d entries, %d articles new, %d updated, %d unchanged, %d rejected; "
						+ "%d comments scored, %d sentences parsed, %d from cache%n",
				outcome.count(RunCounts.ENTRIES), outcome.count(RunCounts.ARTICLES_NEW),
				outcome.count(RunCounts.ARTICLES_UPDATED), outcome.count(RunCounts.ARTICLES_UNCHANGED),
				outcome.count(RunCounts.REJECTS), outcome.count(RunCounts.COMMENTS_SCORED),
				outcome.count(RunCounts.SENTENCES_PARSED), outcome.count(RunCounts.SENTENCES_CACHED));
		RunFigures figures = outcome.figures();
		if (figures != null) {
			out.println("       figures:    " + figures(figures));
		}
		out.println("       workbook:   " + (outcome.workbook() != null ? outcome.workbook()
				: "(not written; planned " + definition.workbook() + ")"));
		if (outcome.delivery() != null) {
			out.println("       delivery:   " + outcome.delivery());
		}
		boolean restartable = interrupted || run.getStatus() == BatchStatus.FAILED
				|| run.getStatus() == BatchStatus.STOPPED;
		if (restartable) {
			JobExecution last = this.jobRepository.getLastJobExecution(run.getJobInstance());
			if (last != null && last.getId() != run.getId()) {
				out.println("       restarted:  as run " + last.getId());
			}
			else {
				out.println("       restart it: tenor restart " + run.getId());
			}
		}
	}

	/** The report's headline, as its Overview shows it. */
	static String figures(RunFigures figures) {
		StringBuilder line = new StringBuilder().append(figures.articles())
			.append(figures.articles() == 1 ? " article, " : " articles, ")
			.append(figures.scored())
			.append(" of ")
			.append(figures.comments())
			.append(" comments scored");
		if (figures.netSentiment() != null) {
			line.append(String.format(", net sentiment %+.0f%%, mean score %+.2f", figures.netSentiment() * 100,
					figures.meanScore()));
		}
		return line.toString();
	}

	private static RunDefinition definition(JobExecution execution) {
		return RunDefinition.from(execution.getJobParameters());
	}

	private static String seconds(Duration duration) {
		long s = duration.toSeconds();
		return s < 60 ? String.format("%.1f s", duration.toMillis() / 1000.0)
				: String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
	}

}
