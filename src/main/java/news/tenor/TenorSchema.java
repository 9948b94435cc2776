package news.tenor;

import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tenor's schema outside Spring Boot: the same Flyway migrations Boot runs at every start
 * ({@code spring.flyway.*} in application.properties), for the throwaway databases of the
 * report warm-up and of tests.
 */
public final class TenorSchema {

	/** The migrations of an H2 database: the common ones and H2's own. */
	static final String[] H2_LOCATIONS = { "classpath:db/migration/common", "classpath:db/migration/h2" };

	/**
	 * The schema Flyway made the first time in this JVM, as H2 writes it out: the next
	 * new database gets it in milliseconds, where Flyway takes a few hundred (property
	 * tests create one per try).
	 */
	private static volatile List<String> script;

	private TenorSchema() {
	}

	/** Creates Tenor's tables and Spring Batch's in a new, empty H2 database. */
	public static void createH2(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> made = script;
		if (made != null) {
			made.forEach(jdbc::execute);
			return;
		}
		Flyway.configure().dataSource(dataSource).locations(H2_LOCATIONS).load().migrate();
		script = jdbc.queryForList("SCRIPT NODATA NOSETTINGS", String.class)
			.stream()
			.filter(statement -> !statement.startsWith("--"))
			.toList();
	}

}
