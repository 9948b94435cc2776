package news.tenor.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where Tenor keeps its data: by default the H2 database of the data folder, served by
 * the folder's {@link DataFolderServer}; with {@code spring.datasource.url} set, that
 * database instead (Spring Boot's settings, as for any application).
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

	@Bean(destroyMethod = "close")
	DataFolder.Session dataFolderSession(DataSourceProperties properties, @Value("${tenor.data-dir}") Path dataDir,
			@Value("${tenor.data-folder.server-idle:10s}") Duration idle) {
		if (properties.getUrl() != null) {
			return null;
		}
		return DataFolder.of(dataDir).open(idle);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DataSourceProperties properties,
			org.springframework.beans.factory.ObjectProvider<DataFolder.Session> session) {
		DataFolder.Session folder = session.getIfAvailable();
		if (folder == null) {
			HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
			dataSource.setPoolName("tenor");
			reach(dataSource);
			return dataSource;
		}
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(folder.url());
		dataSource.setUsername("sa");
		dataSource.setPassword("");
		dataSource.setPoolName("tenor");
		return dataSource;
	}

	/**
	 * Opens a connection to the store named by {@code spring.datasource.url} before
	 * anything else does, so that a server that cannot be reached or refuses the user is
	 * one line naming the database (never the password), not Spring's and Flyway's
	 * wrappers around the driver's message.
	 */
	private static void reach(HikariDataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			connection.isValid(5);
		}
		catch (SQLException | RuntimeException ex) {
			dataSource.close();
			// the driver's own words (Hikari wraps them in "Failed to initialize pool")
			Throwable said = ex;
			for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
				if (t instanceof SQLException) {
					said = t;
					break;
				}
			}
			String reason = String.valueOf(said.getMessage()).lines().findFirst().orElse("").strip();
			throw new DataFolderException("cannot open the database " + masked(dataSource.getJdbcUrl())
					+ (dataSource.getUsername() == null ? "" : " as " + dataSource.getUsername()) + ": " + reason);
		}
	}

	/** A JDBC URL as it may be shown: a password given in it is masked. */
	static String masked(String url) {
		return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1****");
	}

	/**
	 * The database's id: checked against the folder's marker before anything is migrated
	 * (a damaged, cut-short or foreign database is refused before it is written to), made
	 * on a database's first start after the migrations and remembered in the folder.
	 */
	@Bean
	Callback dataFolderIdentity(@Value("${tenor.data-dir}") Path dataDir,
			org.springframework.beans.factory.ObjectProvider<DataFolder.Session> session) {
		return new Callback() {

			@Override
			public boolean supports(Event event, Context context) {
				return (event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE)
						&& session.getIfAvailable() != null;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				DataFolder folder = DataFolder.of(dataDir);
				String marked = folder.markedId();
				try {
					String id = id(context.getConnection());
					if (event == Event.BEFORE_MIGRATE) {
						if (marked != null && !marked.equals(id)) {
							throw new DataFolderException("the database " + folder.database()
									+ (id == null ? " is damaged, cut short or an older copy: it does not hold"
											: " is another database: it does not hold")
									+ " the id this data folder made (" + DataFolder.MARKER + "); restore its own "
									+ "database from a backup, or delete the folder " + folder.path()
									+ " to start afresh");
						}
					}
					else if (marked == null) {
						folder.mark(id != null ? id : make(context.getConnection()), LocalDateTime.now());
					}
				}
				catch (SQLException ex) {
					throw new DataFolderException("cannot read the id of the database " + folder.database(), ex);
				}
			}

			@Override
			public String getCallbackName() {
				return "tenor-data-folder-identity";
			}

		};
	}

	/** The database's id; {@code null} before it has one (new, or an older release's). */
	static String id(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "DATA_FOLDER", null)) {
			if (!tables.next()) {
				return null;
			}
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM data_folder");
				ResultSet rs = select.executeQuery()) {
			return rs.next() ? rs.getString(1).strip() : null;
		}
	}

	private static String make(Connection connection) throws SQLException {
		String id = UUID.randomUUID().toString();
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO data_folder (id, made) VALUES (?, ?)")) {
			insert.setString(1, id);
			insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
			insert.executeUpdate();
		}
		return id;
	}

}
