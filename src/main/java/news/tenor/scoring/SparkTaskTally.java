package news.tenor.scoring;

import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts Spark tasks by the executor that ran them, and the tasks that failed (e.g. on an
 * executor that was lost and whose partitions Spark computed again elsewhere), so a run
 * can show where its scoring ran.
 */
final class SparkTaskTally extends SparkListener {

	private final Map<String, Long> succeeded = new TreeMap<>();

	private long failed;

	@Override
	public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
		if (taskEnd.taskInfo() == null) {
			return;
		}
		if (taskEnd.taskInfo().successful()) {
			this.succeeded.merge(taskEnd.taskInfo().executorId(), 1L, Long::sum);
		}
		else if (taskEnd.taskInfo().failed() || taskEnd.taskInfo().killed()) {
			this.failed++;
		}
	}

	/**
	 * Successful tasks per executor id ("driver" in local mode) since the context
	 * started.
	 */
	public synchronized Map<String, Long> succeededByExecutor() {
		return new TreeMap<>(this.succeeded);
	}

	public synchronized long failed() {
		return this.failed;
	}

}
