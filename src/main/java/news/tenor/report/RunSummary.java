package news.tenor.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * How a workbook was made, for its Run sheet: so that any figure in it can be traced to
 * the run, its parameters, its counts and the versions and settings that produced it.
 *
 * @param attempt which execution of the job instance this is (2 and more: a restart)
 * @param parameters the job parameters, with their types (numbers, dates, text)
 * @param steps the latest execution of each step of the job instance, in order
 * @param counts what the steps counted, by what an editor would call it
 * @param settings what decides a score: parser, sentence limit, model key, Spark master
 */
public record RunSummary(String jobName, long jobInstanceId, long jobExecutionId, int attempt,
		Map<String, Object> parameters, LocalDateTime started, List<StepTime> steps, Map<String, Long> counts,
		Map<String, Object> settings, Map<String, String> versions) {

	/**
	 * @param ended {@code null} while the step runs (the report step, which writes the
	 * workbook)
	 */
	public record StepTime(String step, String status, LocalDateTime started, LocalDateTime ended) {
	}

}
