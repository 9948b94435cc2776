package news.tenor;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Tenor's schema outside Spring Boot: the same Flyway migrations Boot runs at every start
 * ({@code spring.flyway.*} in application.properties), for the throwaway in-memory
 * databases of the report warm-up and of tests.
 */
public final class TenorSchema {

	/** The migrations of an H2 database: the common ones and H2's own. */
	static final String[] H2_LOCATIONS = { "classpath:db/migration/common", "classpath:db/migration/h2" };

	private TenorSchema() {
	}

	/** Creates (or upgrades) Tenor's tables and Spring Batch's in an H2 database. */
	public static void migrateH2(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations(H2_LOCATIONS).load().migrate();
	}

}
