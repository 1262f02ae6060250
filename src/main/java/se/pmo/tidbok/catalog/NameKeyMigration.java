package se.pmo.tidbok.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

import se.pmo.tidbok.catalog.internal.AppointmentType;

/**
 * Flyway migration 5: fills the normalized name key of every row with
 * {@link NameRule#key(String)}, then makes it NOT NULL and unique. It runs in Flyway's
 * transaction at start-up, before the service answers, so there is no moment when a row
 * lacks its key or the index is missing. Spring Boot hands this bean to Flyway.
 */
@Component
class NameKeyMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("5");
	}

	@Override
	public String getDescription() {
		return "normalized name keys";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		fillKeys(connection);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("ALTER TABLE appointment_type ALTER COLUMN name_key SET NOT NULL");
			ddl.execute("ALTER TABLE appointment_type ADD CONSTRAINT " + AppointmentType.UNIQUE_NAME
					+ " UNIQUE (name_key)");
		}
	}

	private static void fillKeys(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("SELECT id, name FROM appointment_type");
				PreparedStatement update = connection
					.prepareStatement("UPDATE appointment_type SET name_key = ? WHERE id = ?")) {
			while (rows.next()) {
				update.setString(1, NameRule.key(rows.getString("name")));
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
