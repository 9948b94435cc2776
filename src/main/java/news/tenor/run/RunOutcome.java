package news.tenor.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run produced: its workbook, its delivery, what its steps counted and its
 * headline figures. Kept in the job repository with the run (the job execution's context,
 * and the step contexts for the counts), read back the same way by the console summary,
 * {@code list}, the e-mail and the Run sheet.
 *
 * @param workbook the workbook written; {@code null} until the report step wrote it
 * @param delivery how the e-mail went; {@code null} when the run has no recipients (or
 * did not complete)
 * @param counts the counters of {@link RunCounts}, added up over the latest execution of
 * each step of the run's job instance, so that a restarted run counts what its earlier
 * attempts did too
 * @param figures the report's headline figures; {@code null} until the report is written
 */
public record RunOutcome(String workbook, String delivery, Map<String, Long> counts, RunFigures figures) {

	/** Kept under these names since the first release: data folders hold them. */
	private static final String WORKBOOK = "report.workbook";

	private static final String DELIVERY = "delivery.status";

	/** What a run's execution holds, with its earlier attempts' steps. */
	public static RunOutcome of(JobExecution execution, JobRepository jobRepository) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StepExecution step : latestSteps(execution, jobRepository)) {
			step.getExecutionContext().entrySet().forEach(e -> {
				// the readers' own state (archive.*, batch.*) is not a count
				if (e.getValue() instanceof Long n && !e.getKey().startsWith("archive.")
						&& !e.getKey().startsWith("batch.")) {
					counts.merge(e.getKey(), n, Long::sum);
				}
			});
		}
		var context = execution.getExecutionContext();
		return new RunOutcome(context.getString(WORKBOOK, null), context.getString(DELIVERY, null), counts,
				RunFigures.from(context));
	}

	/**
	 * The latest execution of each step of the execution's job instance, in the order the
	 * steps first ran: a restarted run's ingest step may be its first attempt's.
	 */
	public static List<StepExecution> latestSteps(JobExecution execution, JobRepository jobRepository) {
		List<JobExecution> executions = new ArrayList<>(jobRepository.getJobExecutions(execution.getJobInstance()));
		executions.sort(Comparator.comparingLong(JobExecution::getId));
		Map<String, StepExecution> latest = new LinkedHashMap<>();
		for (JobExecution earlier : executions) {
			if (earlier.getId() != execution.getId() && earlier.getId() < execution.getId()) {
				earlier.getStepExecutions()
					.stream()
					.sorted(Comparator.comparingLong(StepExecution::getId))
					.forEach(s -> latest.put(s.getStepName(), s));
			}
		}
		execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach(s -> latest.put(s.getStepName(), s));
		return List.copyOf(latest.values());
	}

	/** Which attempt at its job instance the execution is: 1, or more for a restart. */
	public static int attempt(JobExecution execution, JobRepository jobRepository) {
		return (int) Math.max(1,
				jobRepository.getJobExecutions(execution.getJobInstance())
					.stream()
					.filter(e -> e.getId() <= execution.getId())
					.count());
	}

	/** A counter, 0 when the run did not count it. */
	public long count(String counter) {
		return this.counts.getOrDefault(counter, 0L);
	}

	/** Records the workbook the run wrote. */
	public static void recordWorkbook(JobExecution execution, String workbook) {
		execution.getExecutionContext().putString(WORKBOOK, workbook);
	}

	/** Records the report's headline figures with the run. */
	public static void recordFigures(JobExecution execution, RunFigures figures) {
		figures.store(execution.getExecutionContext());
	}

	/** Records how the delivery went. */
	public static void recordDelivery(JobExecution execution, String delivery) {
		execution.getExecutionContext().putString(DELIVERY, delivery);
	}

}
