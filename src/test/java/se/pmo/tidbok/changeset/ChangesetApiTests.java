package se.pmo.tidbok.changeset;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.pmo.tidbok.support.Api;
import se.pmo.tidbok.support.CatalogReset;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PMO's table in and out over HTTP: the export, and revised tables previewed, applied at
 * an instant, listed and withdrawn, with the application's clock moved by the test. The
 * clock starts at {@link IntegrationTest#NOW}, a Friday; changesets here take effect on
 * the Monday after, at 00:00 in Stockholm.
 */
@IntegrationTest
class ChangesetApiTests {

	static final String[] ADMIN = Api.basic("admin", "local-admin-password");

	static final String TABLE = "/api/v1/catalog-table";

	static final String PREVIEWS = "/api/v1/admin/changeset-previews";

	static final String CHANGESETS = "/api/v1/admin/changesets";

	static final String TSV = "text/tab-separated-values";

	/** Monday 2026-03-23 00:00 in Stockholm. */
	static final Instant MONDAY = Instant.parse("2026-03-22T23:00:00Z");

	static final String AT_MONDAY = "?effectiveFrom=2026-03-23T00:00";

	@Autowired
	Api api;

	@Autowired
	MutableClock clock;

	@Autowired
	CatalogReset catalogReset;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restore() {
		this.clock.reset();
		this.catalogReset.restoreSeed();
	}

	@Test
	void theTsvExportAtTheSeedInstantIsTheDocumentsTableRowForRow() {
		Api.Response export = this.api.get(TABLE, "Accept", TSV);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).isEqualTo("text/tab-separated-values;charset=UTF-8");
		String header = String.join("\t", TableFormat.PMO.headers());
		assertThat(export.text().split("\n"))
			.containsExactly(TableReaderTests.documentTable().replaceAll("\n\n" + header + "\n", "\n").split("\n"));
		String revision = export.header("Catalog-Revision");
		assertThat(export.header("ETag")).isEqualTo("\"" + revision + "-pmo\"");
		assertThat(export.header("Cache-Control")).isEqualTo("max-age=30, public");
		assertThat(export.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"tidbokstyper-2026-03-20.tsv\"");
		assertThat(this.api.get(TABLE, "Accept", TSV, "If-None-Match", export.header("ETag")).status()).isEqualTo(304);
		// Without a preference, PMO's layout.
		assertThat(this.api.get(TABLE).text()).isEqualTo(export.text());

		Api.Response csv = this.api.get(TABLE + "?asOf=2026-04-01T00:00", "Accept", "text/csv");
		assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.text()).startsWith(
				"code,name,description,visibleToPatient,cancellableByPatient,rebookableByPatient,smsReminder\r\n"
						+ "1177-direkt,1177 Direkt,Enbart för schemaläggning.,false,false,false,false\r\n");
		assertThat(csv.header("ETag")).isEqualTo("\"" + revision + "-csv\"");
		assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"tidbokstyper-2026-04-01.csv\"");
		assertThat(this.api.get(TABLE, "Accept", "application/json").status()).isEqualTo(406);
	}

	@Test
	void reImportingAnExportPreviewsAsNoChangeAndApplyingItIsRefused() {
		for (String type : List.of(TSV, "text/csv")) {
			String table = this.api.get(TABLE, "Accept", type).text();
			Api.Response preview = send("POST", PREVIEWS, table, type);
			assertThat(preview.status()).as(preview.text()).isEqualTo(200);
			JsonNode diff = preview.json().get("diff");
			assertThat(diff.get("unchanged").asInt()).isEqualTo(109);
			for (String list : List.of("created", "changed", "retired", "reinstated", "warnings")) {
				assertThat(diff.get(list).size()).as(list).isZero();
			}
			Api.Response applied = send("POST", CHANGESETS, table, type, "If-Match",
					preview.json().get("catalogETag").asString());
			assertThat(applied.status()).isEqualTo(409);
			assertThat(applied.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:empty-changeset");
		}
		assertThat(auditEntries()).isZero();
	}

	@Test
	void aRevisionPreviewsExactlyItsChangesAndAppliesAtomicallyAtItsInstant() {
		String revised = revisedTable();
		Api.Response preview = send("POST", PREVIEWS + AT_MONDAY, revised, TSV);
		assertThat(preview.status()).as(preview.text()).isEqualTo(200);
		JsonNode diff = preview.json().get("diff");
		assertThat(preview.json().get("effectiveFrom").asString()).isEqualTo("2026-03-23T00:00:00+01:00");
		assertThat(codes(diff.get("created"))).containsExactly("fotterapeut-nybesok-1177");
		assertThat(codes(diff.get("changed"))).containsExactly("akuttid", "sexolog-1177");
		assertThat(codes(diff.get("retired"))).containsExactly("videomote-1177");
		assertThat(diff.get("unchanged").asInt()).isEqualTo(106);
		JsonNode sexolog = diff.get("changed").get(1);
		assertThat(sexolog.get("fields")).hasSize(1);
		assertThat(sexolog.get("fields").get(0).get("field").asString()).isEqualTo("rebookableByPatient");
		assertThat(sexolog.get("fields").get(0).get("before").asString()).isEqualTo("true");
		assertThat(sexolog.get("fields").get(0).get("after").asString()).isEqualTo("false");
		assertThat(diff.get("warnings").valueStream().map((w) -> w.get("code").asString() + " " + w.get("kind").asString()))
			.contains("sexolog-1177 NO_LONGER_REBOOKABLE_BY_PATIENT", "videomote-1177 NO_LONGER_BOOKABLE_ONLINE");
		assertThat(preview.json().get("conflicts")).isEmpty();
		assertThat(auditEntries()).isZero();

		Api.Response applied = send("POST", CHANGESETS + AT_MONDAY + "&source=PMO%20Tidbokstyp%20p%C3%A5%201177", revised,
				TSV, "If-Match", preview.json().get("catalogETag").asString());
		assertThat(applied.status()).as(applied.text()).isEqualTo(201);
		long id = applied.json().get("id").asLong();
		assertThat(applied.header("Location")).isEqualTo(CHANGESETS + "/" + id);
		assertThat(applied.json().get("state").asString()).isEqualTo("PENDING");
		assertThat(applied.json().get("appliedBy").asString()).isEqualTo("basic:admin");
		long revision = applied.json().get("catalogRevision").asLong();
		// One revision, one effectiveFrom for all four versions.
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT catalog_revision, effective_from FROM appointment_type_version WHERE catalog_revision = ?",
				revision)).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM appointment_type_version WHERE catalog_revision = ?",
				Long.class, revision)).isEqualTo(4);
		JsonNode audit = this.api.get("/api/v1/admin/audit?size=100", ADMIN).json().get("items");
		assertThat(audit).hasSize(4);
		audit.forEach((entry) -> {
			assertThat(entry.get("changesetId").asLong()).isEqualTo(id);
			assertThat(entry.get("source").asString()).isEqualTo("PMO Tidbokstyp på 1177");
			assertThat(entry.get("actor").asString()).isEqualTo("basic:admin");
		});
		assertThat(this.api.get(CHANGESETS, ADMIN).json().get(0).get("id").asLong()).isEqualTo(id);
		assertThat(this.api.get(CHANGESETS + "/" + id, ADMIN).header("ETag")).isEqualTo(applied.header("ETag"));

		this.clock.set(MONDAY.minusNanos(1));
		assertThat(this.api.get(TABLE).text()).isEqualTo(this.api.get(TABLE + "?asOf=2026-03-20T09:00").text());
		assertThat(this.api.get(CHANGESETS + "/" + id, ADMIN).json().get("state").asString()).isEqualTo("PENDING");
		this.clock.set(MONDAY);
		assertThat(this.api.get(TABLE).text().split("\n")).containsExactly(revised.split("\n"));
		assertThat(this.api.get(CHANGESETS + "/" + id, ADMIN).json().get("state").asString()).isEqualTo("IN_FORCE");
		// Now in force, the table is the catalog: previewing it again changes nothing.
		assertThat(send("POST", PREVIEWS, revised, TSV).json().get("diff").get("unchanged").asInt()).isEqualTo(109);
	}

	@Test
	void aStaleETagIsRefusedWith412AndWritesNothing() {
		String revised = revisedTable();
		String etag = send("POST", PREVIEWS, revised, TSV).json().get("catalogETag").asString();
		Api.Response other = this.api.send("PUT", "/api/v1/admin/appointment-types/dietist-nybesok-1177",
				"""
						{"name": "Dietist Nybesök 1177", "description": "Ny.", "visibleToPatient": true,
						 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": true}""",
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(other.status()).as(other.text()).isEqualTo(200);
		long revision = revision();
		Api.Response stale = send("POST", CHANGESETS, revised, TSV, "If-Match", etag);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("currentETag").asString()).isEqualTo("\"" + revision + "\"");
		assertThat(revision()).isEqualTo(revision);
		assertThat(auditEntries()).isEqualTo(1);
		assertThat(send("POST", CHANGESETS, revised, TSV).status()).isEqualTo(428);
	}

	@Test
	void aConflictingPendingChangeRefusesTheWholeChangesetNamingTheType() {
		Api.Response scheduled = this.api.send("PUT",
				"/api/v1/admin/appointment-types/sexolog-1177?effectiveFrom=2026-03-30T00:00",
				"""
						{"name": "Sexolog 1177", "description": null, "visibleToPatient": true,
						 "cancellableByPatient": true, "rebookableByPatient": true, "smsReminder": false}""",
				Api.with(Api.with(ADMIN, "Content-Type", "application/json"), "If-Match", "\"0\""));
		assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(200);
		String revised = revisedTable();
		Api.Response preview = send("POST", PREVIEWS + AT_MONDAY, revised, TSV);
		assertThat(codes(preview.json().get("conflicts"))).containsExactly("sexolog-1177");
		long revision = revision();
		Api.Response refused = send("POST", CHANGESETS + AT_MONDAY, revised, TSV, "If-Match",
				preview.json().get("catalogETag").asString());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:changeset-conflict");
		assertThat(codes(refused.json().get("conflicts"))).containsExactly("sexolog-1177");
		assertThat(refused.json().get("conflicts").get(0).get("pendingVersion").asLong()).isEqualTo(1);
		assertThat(revision()).isEqualTo(revision);
		assertThat(auditEntries()).isEqualTo(1);
		assertThat(this.api.get(CHANGESETS, ADMIN).json()).isEmpty();
	}

	@Test
	void eachKindOfBadInputIsA400NamingLineAndColumnAndWritesNothing() {
		String header = String.join("\t", TableFormat.PMO.headers());
		String table = this.api.get(TABLE).text();
		String etag = "\"" + revision() + "\"";
		List<String> bad = List.of(table.replace("Sexolog 1177\t-\t✓\t✓\t✓\t✓", "Sexolog 1177\t-\t✓\tkanske\t✓\t✓"),
				table.replace("Sms-påminnelse", "Sms"), table.replace("Sexolog 1177\t-", " \t-"),
				table.replace("Sexolog 1177\t-", "Akut\u200Btid\t-"), table + "SEXOLOG  1177\t-\t✓\t✓\t✓\t✓\n");
		List<String> columns = List.of("Avbokningsbar", "#6", "PMO Tidbokstyp", "PMO Tidbokstyp",
				"PMO Tidbokstyp");
		for (int i = 0; i < bad.size(); i++) {
			for (String path : List.of(PREVIEWS, CHANGESETS)) {
				Api.Response refused = send("POST", path, bad.get(i), TSV, "If-Match", etag);
				assertThat(refused.status()).as(refused.text()).isEqualTo(400);
				assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem-type:tidbok:invalid-table");
				assertThat(refused.json().get("line").asInt()).isPositive();
				assertThat(refused.json().get("column").asString()).isEqualTo(columns.get(i));
			}
		}
		Api.Response collision = send("POST", CHANGESETS, bad.get(4), TSV, "If-Match", etag);
		int sexologLine = List.of(table.split("\n")).indexOf("Sexolog 1177\t-\t✓\t✓\t✓\t✓") + 1;
		assertThat(collision.json().get("lines").valueStream().map(JsonNode::asInt)).containsExactly(sexologLine, 111);

		String rows = IntStream.rangeClosed(1, 2001)
			.mapToObj((n) -> "Typ " + n + "\t-\t✓\t✓\t✓\t✓")
			.collect(Collectors.joining("\n"));
		assertThat(send("POST", CHANGESETS, header + "\n" + rows, TSV, "If-Match", etag).status()).isEqualTo(413);
		String huge = table + " ".repeat(ChangesetTable.MAX_BYTES);
		assertThat(send("POST", PREVIEWS, huge, TSV).status()).isEqualTo(413);
		// Larger than other bodies, smaller than 1 MB: read.
		String padded = table + "\n".repeat(600 * 1024);
		assertThat(send("POST", PREVIEWS, padded, TSV).status()).isEqualTo(200);
		Api.Response unsupported = send("POST", CHANGESETS, table, "text/plain", "If-Match", etag);
		assertThat(unsupported.status()).isEqualTo(415);
		assertThat(send("POST", PREVIEWS, table, "text/csv; charset=ISO-8859-1").status()).isEqualTo(415);
		assertThat(etag).isEqualTo("\"" + revision() + "\"");
		assertThat(auditEntries()).isZero();
		assertThat(this.api.get(TABLE).text()).isEqualTo(table);
	}

	@Test
	void withdrawingAChangesetWithdrawsAllItsVersionsAndTheAuditSaysWhoDidIt() {
		String revised = revisedTable();
		String etag = send("POST", PREVIEWS + AT_MONDAY, revised, TSV).json().get("catalogETag").asString();
		Api.Response applied = send("POST", CHANGESETS + AT_MONDAY, revised, TSV, "If-Match", etag);
		long id = applied.json().get("id").asLong();
		String path = CHANGESETS + "/" + id;
		// A changeset takes effect as a whole, so one of its versions is not withdrawn alone.
		Api.Response alone = this.api.send("DELETE", "/api/v1/admin/scheduled-changes/sexolog-1177/1", null,
				Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(alone.status()).isEqualTo(409);
		assertThat(alone.json().get("changesetId").asLong()).isEqualTo(id);
		assertThat(this.api.send("DELETE", path, null, ADMIN).status()).isEqualTo(428);
		assertThat(this.api.send("DELETE", path, null, Api.with(ADMIN, "If-Match", "\"1\"")).status())
			.isEqualTo(412);
		Api.Response withdrawn = this.api.send("DELETE", path, null,
				Api.with(Api.basic("admin", "local-admin-password"), "If-Match", applied.header("ETag")));
		assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
		assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().get("withdrawnBy").asString()).isEqualTo("basic:admin");
		assertThat(withdrawn.header("ETag")).isNotEqualTo(applied.header("ETag"));
		assertThat(this.api.get("/api/v1/admin/scheduled-changes", ADMIN).json()).isEmpty();
		this.clock.set(MONDAY);
		assertThat(this.api.get(TABLE).text()).isEqualTo(this.api.get(TABLE + "?asOf=2026-03-20T09:00").text());
		JsonNode audit = this.api.get("/api/v1/admin/audit?size=100", ADMIN).json().get("items");
		assertThat(audit).hasSize(8);
		assertThat(audit.valueStream().limit(4)).allSatisfy((entry) -> {
			assertThat(entry.get("action").asString()).isEqualTo("CANCEL_SCHEDULED_CHANGE");
			assertThat(entry.get("changesetId").asLong()).isEqualTo(id);
			assertThat(entry.get("actor").asString()).isEqualTo("basic:admin");
		});
		Api.Response again = this.api.send("DELETE", path, null, Api.with(ADMIN, "If-Match", withdrawn.header("ETag")));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(this.api.get(CHANGESETS + "/999999", ADMIN).status()).isEqualTo(404);
	}

	@Test
	void aChangesetWhoseTypeChangedLaterCannotBeWithdrawnAndSaysWhichType() {
		String revised = revisedTable();
		String etag = send("POST", PREVIEWS + AT_MONDAY, revised, TSV).json().get("catalogETag").asString();
		Api.Response applied = send("POST", CHANGESETS + AT_MONDAY, revised, TSV, "If-Match", etag);
		Api.Response later = this.api.send("POST",
				"/api/v1/admin/appointment-types/sexolog-1177/retirement?effectiveFrom=2026-04-01T00:00", null,
				Api.with(ADMIN, "If-Match", "\"1\""));
		assertThat(later.status()).as(later.text()).isEqualTo(200);
		Api.Response refused = this.api.send("DELETE", CHANGESETS + "/" + applied.json().get("id").asLong(), null,
				Api.with(ADMIN, "If-Match", applied.header("ETag")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(codes(refused.json().get("conflicts"))).containsExactly("sexolog-1177");
	}

	/**
	 * The seeded table with two rows edited (Akuttid gets a description, Sexolog 1177 is
	 * no longer rebookable), one row added and one left out.
	 */
	private String revisedTable() {
		String table = this.api.get(TABLE).text();
		String revised = table.replace("Akuttid\t-\t", "Akuttid\tSamma dag.\t")
			.replace("Sexolog 1177\t-\t✓\t✓\t✓\t✓", "Sexolog 1177\t-\t✓\t✓\tX\t✓")
			.replace("Videomöte 1177\t-\t✓\t✓\t✓\t✓\n", "")
			.replace("\nGrupp\t", "\nFotterapeut Nybesök 1177\t-\t✓\t✓\t✓\t✓\nGrupp\t");
		assertThat(revised).isNotEqualTo(table).contains("Fotterapeut").doesNotContain("Videomöte 1177");
		return revised;
	}

	private Api.Response send(String method, String path, String body, String contentType, String... headers) {
		String[] all = Api.with(ADMIN, "Content-Type", contentType);
		for (int i = 0; i < headers.length; i += 2) {
			all = Api.with(all, headers[i], headers[i + 1]);
		}
		return this.api.send(method, path, body, all);
	}

	private static List<String> codes(JsonNode items) {
		return items.valueStream().map((item) -> item.get("code").asString()).toList();
	}

	private long revision() {
		return this.jdbc.queryForObject("SELECT revision FROM catalog_revision", Long.class);
	}

	private long auditEntries() {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class);
	}

}
