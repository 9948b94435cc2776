package news.tenor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The few statements H2 and PostgreSQL write differently: storing a row that may be there
 * already. Everything else Tenor says in SQL both read alike.
 */
@Component
public class Dialect {

	private final boolean postgres;

	@Autowired
	public Dialect(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot tell which database Tenor stores its data in", ex);
		}
	}

	/** An H2 database, for tests of code that takes a dialect. */
	public static Dialect h2() {
		return new Dialect(false);
	}

	private Dialect(boolean postgres) {
		this.postgres = postgres;
	}

	public boolean postgres() {
		return this.postgres;
	}

	/**
	 * Inserts a row, or replaces its other columns when a row of the same key is there:
	 * {@code MERGE ... KEY} on H2, {@code INSERT ... ON CONFLICT ... DO UPDATE} on
	 * PostgreSQL. The parameters are the columns in order.
	 */
	public String upsert(String table, List<String> key, List<String> columns) {
		String marks = String.join(", ", columns.stream().map(c -> "?").toList());
		if (!this.postgres) {
			return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key)
					+ ") VALUES (" + marks + ")";
		}
		List<String> others = columns.stream().filter(c -> !key.contains(c)).toList();
		return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ") ON CONFLICT ("
				+ String.join(", ", key) + ") DO " + (others.isEmpty() ? "NOTHING"
						: "UPDATE SET " + String.join(", ", others.stream().map(c -> c + " = EXCLUDED." + c).toList()));
	}

}
