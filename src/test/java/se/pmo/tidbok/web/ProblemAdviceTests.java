package se.pmo.tidbok.web;

import java.io.IOException;
import java.net.SocketException;
import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAdviceTests {

	private final ProblemAdvice advice = new ProblemAdvice();

	@Test
	void failedRollbackOnAConnectionThatDiedIsAnOutageNotAnInternalError() {
		// The chain seen when PostgreSQL stops between borrowing a connection and the
		// first statement.
		JpaSystemException rollbackFailed = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		ResponseEntity<ProblemDetail> response = this.advice.handleUnexpected(rollbackFailed);
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody().getType()).isEqualTo(ProblemType.DATABASE_UNAVAILABLE.uri());
		assertThat(response.getHeaders().getFirst("Retry-After")).isNotNull();
	}

	@Test
	void onlyAUniqueViolationIsAConflictOtherConstraintViolationsAreBadRequests() {
		ResponseEntity<ProblemDetail> unique = this.advice.handleConflict(new DataIntegrityViolationException(
				"duplicate key", new SQLException("duplicate key value violates unique constraint", "23505")));
		assertThat(unique.getStatusCode().value()).isEqualTo(409);
		assertThat(unique.getBody().getType().toString()).isEqualTo("urn:problem-type:tidbok:conflict");
		for (String state : new String[] { "22001", "22021", "23502", "23514", null }) {
			ResponseEntity<ProblemDetail> other = this.advice.handleConflict(
					new DataIntegrityViolationException("refused", new SQLException("value too long", state)));
			assertThat(other.getStatusCode().value()).as(state).isEqualTo(400);
			assertThat(other.getBody().getType().toString()).isEqualTo("urn:problem-type:tidbok:invalid-body");
			assertThat(other.getBody().getDetail()).doesNotContain("SQL", "value too long");
		}
	}

	@Test
	void aClientThatWentAwayGetsNoAnswerAndIsNoError() {
		// wrk and browsers close connections mid-answer; that is no failure of the
		// service.
		assertThat(this.advice.handleUnexpected(
				new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe"))))
			.isNull();
	}

	@Test
	void otherFailuresAreInternalErrorsThatRevealNothing() {
		ResponseEntity<ProblemDetail> response = this.advice
			.handleUnexpected(new IllegalStateException("secret detail", new SocketException("x")));
		assertThat(response.getStatusCode().value()).isEqualTo(500);
		assertThat(response.getBody().getDetail()).doesNotContain("secret", "IllegalState");
		assertThat(DatabaseFailures.lostTheDatabase(new DataIntegrityViolationException("duplicate key"))).isFalse();
		assertThat(DatabaseFailures.lostTheDatabase(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseFailures.lostTheDatabase(new SQLException("terminating connection", "08006"))).isTrue();
	}

}
