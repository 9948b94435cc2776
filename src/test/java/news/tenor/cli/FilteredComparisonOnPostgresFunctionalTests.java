package news.tenor.cli;

import java.util.ArrayList;
import java.util.List;

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
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(TestPostgres.get().options(this.database));
		return args.toArray(String[]::new);
	}

}
