package news.tenor;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import news.tenor.scoring.ScoringSettings;

/** The versions of Tenor and of the parts that produce its figures, for the Run sheet. */
public final class TenorVersions {

	private TenorVersions() {
	}

	public static String tenor() {
		Properties properties = new Properties();
		try (InputStream in = TenorVersions.class.getResourceAsStream("/tenor-version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			// fall through to "unknown"
		}
		return properties.getProperty("version", "unknown");
	}

	public static Map<String, String> all() {
		Map<String, String> versions = new LinkedHashMap<>();
		versions.put("Tenor", tenor());
		versions.put("Stanford CoreNLP", ScoringSettings.CORENLP_VERSION);
		versions.put("Apache Spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
		versions.put("Spring Batch",
				String.valueOf(org.springframework.batch.core.job.Job.class.getPackage().getImplementationVersion()));
		versions.put("Apache POI", org.apache.poi.Version.getVersion());
		versions.put("H2", org.h2.engine.Constants.FULL_VERSION);
		versions.put("Java", System.getProperty("java.version"));
		return versions;
	}

}
