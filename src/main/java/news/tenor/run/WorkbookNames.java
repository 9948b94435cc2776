package news.tenor.run;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Names of workbooks that Tenor picks itself (a plain run's, a rerun's), which carry the
 * time to the second: two runs within one second (a rerun that finds nothing new can take
 * less) get {@code NAME-2.xlsx}, {@code NAME-3.xlsx}, ... rather than one failing on the
 * other's file. A name from a job file is the job file's to choose, and is not changed.
 */
public final class WorkbookNames {

	private WorkbookNames() {
	}

	/** The name itself if no file has it, else the first free {@code STEM-N.xlsx}. */
	public static String unused(String workbook) {
		if (!Files.exists(Path.of(workbook))) {
			return workbook;
		}
		String stem = workbook.endsWith(".xlsx") ? workbook.substring(0, workbook.length() - 5) : workbook;
		for (int n = 2;; n++) {
			String candidate = stem + "-" + n + ".xlsx";
			if (!Files.exists(Path.of(candidate))) {
				return candidate;
			}
		}
	}

}
