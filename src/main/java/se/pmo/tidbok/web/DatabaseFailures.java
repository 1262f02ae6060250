package se.pmo.tidbok.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure of the database means for the answer: a lost connection is an outage
 * (503), a unique violation a race between two writers (409), read from the exception's
 * causes without naming the persistence provider's types.
 */
final class DatabaseFailures {

	/** PostgreSQL's SQLSTATE for a unique violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	private DatabaseFailures() {
	}

	/** Whether PostgreSQL refused the write for a unique constraint. */
	static boolean uniqueViolation(Throwable ex) {
		return UNIQUE_VIOLATION.equals(sqlState(ex));
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/**
	 * Whether the failure comes from losing the connection to PostgreSQL: a connection
	 * error (SQLState class 08), or a rollback that failed, which only happens when the
	 * connection is gone: the pool then reports it without an SQLState, and the
	 * persistence provider's exception reaches here uncategorized.
	 */
	static boolean lostTheDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			boolean connectionError = cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08");
			if (connectionError || cause instanceof DataAccessResourceFailureException
					|| cause instanceof CannotCreateTransactionException
					|| (cause instanceof UncategorizedDataAccessException && withoutSqlState(cause))
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a JDBC failure without an SQLState (the pool's, not PostgreSQL's) caused
	 * it.
	 */
	private static boolean withoutSqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() == null) {
				return true;
			}
		}
		return false;
	}

}
