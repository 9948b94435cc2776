package news.tenor.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * How a workbook was made, for its Run sheet: so that any figure in it can be traced to
 * the run, its parameters, its counts and the versions and settings that produced it.
 */
public record RunSummary(String jobName, long jobInstanceId, long jobExecutionId, Map<String, String> parameters,
		LocalDateTime started, List<StepTime> steps, Map<String, Long> counts, Map<String, String> versions) {

	public record StepTime(String step, String status, LocalDateTime started, Duration duration) {
	}

}
