package news.tenor.cli;

import news.tenor.store.TestPostgres;

/**
 * The previous-period comparison of filtered jobs with everything stored in a PostgreSQL
 * database instead of the data folder's H2 file: the same figures, the same words.
 */
class FilteredComparisonOnPostgresFunctionalTests extends FilteredComparisonFunctionalTests {

	private String database;

	@Override
	String[] store(String... command) {
		if (this.database == null) {
			this.database = TestPostgres.get().newDatabase();
		}
		return TestPostgres.get().args(this.database, command);
	}

}
