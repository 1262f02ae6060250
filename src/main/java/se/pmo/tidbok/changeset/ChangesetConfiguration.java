package se.pmo.tidbok.changeset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import se.pmo.tidbok.web.RequestBodyLimit;
import se.pmo.tidbok.web.SingleValuedParameters;

/**
 * Wiring of the changesets' HTTP edge: whole tables are larger than other bodies.
 */
@Configuration(proxyBeanMethods = false)
class ChangesetConfiguration {

	@Bean
	SingleValuedParameters changesetParameters() {
		return new SingleValuedParameters("effectiveFrom", "source", "asOf");
	}

	@Bean
	RequestBodyLimit changesetPreviewBodies() {
		return new RequestBodyLimit("/api/v1/admin/changeset-previews", DataSize.ofBytes(ChangesetTable.MAX_BYTES));
	}

	@Bean
	RequestBodyLimit changesetBodies() {
		return new RequestBodyLimit("/api/v1/admin/changesets", DataSize.ofBytes(ChangesetTable.MAX_BYTES));
	}

}
