package news.tenor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The few statements H2 and PostgreSQL write differently: storing a row that may be there
 * already, and asking an insert for the ids it generated. Everything else Tenor says in
 * SQL both read alike.
 */
@Component
public class Dialect {

	/**
	 * The generated key to ask an insert for, lower case: PostgreSQL's driver quotes the
	 * name it is given, and H2 finds it either way.
	 */
	public static final String[] GENERATED_ID = { "id" };

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

	/**
	 * Inserts a row unless a row of the same key is there, leaving that one as it is:
	 * {@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL (a duplicate key there
	 * would abort the whole transaction, so it must not be caught after the fact); on H2,
	 * {@code MERGE ... KEY}, which writes the same values over the row a racing run put
	 * there (callers give the values the key determines).
	 */
	public String insertIfAbsent(String table, List<String> key, List<String> columns) {
		String marks = String.join(", ", columns.stream().map(c -> "?").toList());
		if (!this.postgres) {
			return upsert(table, key, columns);
		}
		return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ") ON CONFLICT ("
				+ String.join(", ", key) + ") DO NOTHING";
	}

	/**
	 * The ids a batch insert asked for {@link #GENERATED_ID} generated, in its rows'
	 * order.
	 */
	public static long[] generatedIds(GeneratedKeyHolder keys) {
		List<Map<String, Object>> rows = keys.getKeyList();
		long[] ids = new long[rows.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = ((Number) rows.get(i).values().iterator().next()).longValue();
		}
		return ids;
	}

}
