package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.job.RunLocks;
import news.tenor.job.TenorJobConfiguration;
import news.tenor.job.TenorParameters;
import news.tenor.schedule.WorkbookDelivery;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code tenor list [JOB]}: past runs from the job repository, newest first, with what
 * each was asked to do, how it went, what it counted, where its workbook is and whether
 * it was delivered.
 */
@Component
class ListCommand {

	private static final List<String> SHOWN = List.of(TenorParameters.FROM, TenorParameters.TO, TenorParameters.SOURCES,
			TenorParameters.CATEGORIES, TenorParameters.INPUT, TenorParameters.PARSER,
			TenorParameters.MAX_SENTENCE_TOKENS, TenorParameters.RECIPIENTS, TenorParameters.RERUN_OF,
			TenorParameters.REQUESTED);

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final RunLocks locks;

	ListCommand(JobRepository jobRepository, JdbcTemplate jdbc, @Value("${tenor.data-dir}") Path dataDir) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.locks = new RunLocks(dataDir);
	}

	int list(String job, int limit, PrintStream out) {
		List<Long> ids = this.jdbc.queryForList("SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? "
				+ "ORDER BY e.JOB_EXECUTION_ID DESC", Long.class, TenorJobConfiguration.JOB_NAME);
		List<JobExecution> runs = new ArrayList<>();
		for (long id : ids) {
			JobExecution execution = this.jobRepository.getJobExecution(id);
			if (execution != null
					&& (job == null || job.equals(TenorParameters.jobName(execution.getJobParameters())))) {
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
		String status = run.getStatus().name();
		if (run.getStatus().isRunning() && !this.locks.instanceRunning(run.getJobInstanceId())) {
			status += " (interrupted)";
		}
		LocalDateTime start = run.getStartTime();
		String duration = start == null ? ""
				: seconds(Duration.between(start, run.getEndTime() != null ? run.getEndTime() : LocalDateTime.now()));
		out.printf("%-6d %-20s %-22s %-19s %10s%n", run.getId(), TenorParameters.jobName(run.getJobParameters()),
				status, start == null ? "-" : start.withNano(0).toString().replace('T', ' '), duration);
		out.println("       parameters: " + parameters(run));
		Map<String, Long> counts = RunCommand.counts(run);
		out.printf(
				"       counts:     %d entries, %d articles new, %d updated, %d unchanged, %d rejected; "
						+ "%d comments scored, %d sentences parsed, %d from cache%n",
				RunCommand.c(counts, "entries"), RunCommand.c(counts, "articles.new"),
				RunCommand.c(counts, "articles.updated"), RunCommand.c(counts, "articles.unchanged"),
				RunCommand.c(counts, "rejects"), RunCommand.c(counts, "comments.scored"),
				RunCommand.c(counts, "sentences.parsed"), RunCommand.c(counts, "sentences.cached"));
		String workbook = run.getExecutionContext().getString("report.workbook", null);
		out.println("       workbook:   " + (workbook != null ? workbook
				: "(not written; planned " + run.getJobParameters().getString(TenorParameters.WORKBOOK) + ")"));
		String delivery = run.getExecutionContext().getString(WorkbookDelivery.STATUS, null);
		if (delivery != null) {
			out.println("       delivery:   " + delivery);
		}
		if (run.getStatus().isRunning() && status.endsWith("(interrupted)") || run.getStatus().name().equals("FAILED")
				|| run.getStatus().name().equals("STOPPED")) {
			out.println("       restart it: tenor restart " + run.getId());
		}
	}

	private static String parameters(JobExecution run) {
		List<String> shown = new ArrayList<>();
		for (String name : SHOWN) {
			JobParameter<?> parameter = run.getJobParameters().getParameter(name);
			if (parameter != null) {
				String value = String.valueOf(parameter.value());
				shown.add(
						name + "=" + (value.contains("\n") ? "[" + String.join(", ", value.split("\n")) + "]" : value));
			}
		}
		return String.join(", ", shown);
	}

	private static String seconds(Duration duration) {
		long s = duration.toSeconds();
		return s < 60 ? String.format("%.1f s", duration.toMillis() / 1000.0)
				: String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
	}

}
