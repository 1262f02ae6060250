package se.pmo.tidbok;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import se.pmo.tidbok.client.ApiClient;
import se.pmo.tidbok.client.ApiException;
import se.pmo.tidbok.client.api.AdminApi;
import se.pmo.tidbok.client.api.CatalogApi;
import se.pmo.tidbok.client.api.ChangesetsApi;
import se.pmo.tidbok.client.api.RulesApi;
import se.pmo.tidbok.client.model.AdminAppointmentType;
import se.pmo.tidbok.client.model.AppointmentTypeRequest;
import se.pmo.tidbok.client.model.AuditEntry;
import se.pmo.tidbok.client.model.AuditPage;
import se.pmo.tidbok.client.model.CancellationDecision;
import se.pmo.tidbok.client.model.Changeset;
import se.pmo.tidbok.client.model.ChangesetPreview;
import se.pmo.tidbok.client.model.ChangesetRow;
import se.pmo.tidbok.client.model.ClockReading;
import se.pmo.tidbok.client.model.Policy;
import se.pmo.tidbok.client.model.PolicyEvaluationAppointment;
import se.pmo.tidbok.client.model.PolicyEvaluationFailure;
import se.pmo.tidbok.client.model.PolicyEvaluationRequest;
import se.pmo.tidbok.client.model.PolicyEvaluationResult;
import se.pmo.tidbok.client.model.PolicyEvaluationSuccess;
import se.pmo.tidbok.client.model.Problem;
import se.pmo.tidbok.client.model.ScheduledChange;
import se.pmo.tidbok.support.IntegrationTest;
import se.pmo.tidbok.support.CatalogReset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A consumer's view: the Java client that OpenAPI Generator makes from the committed
 * contract (in the build, {@code target/generated-test-sources}) calls every operation of
 * the running application and reads every answer into its typed models.
 */
@IntegrationTest
class ContractClientTests {

	@Autowired
	CatalogReset catalogReset;

	@LocalServerPort
	int port;

	CatalogApi catalog;

	RulesApi rules;

	AdminApi admin;

	ChangesetsApi changesets;

	ApiClient client;

	@AfterEach
	void restoreTheSeededCatalog() {
		this.catalogReset.restoreSeed();
	}

	@BeforeEach
	void generatedClients() {
		this.client = new ApiClient();
		this.client.updateBaseUri("http://localhost:" + this.port);
		this.catalog = new CatalogApi(this.client);
		this.rules = new RulesApi(this.client);
		ApiClient administrator = new ApiClient();
		administrator.updateBaseUri("http://localhost:" + this.port);
		String credentials = Base64.getEncoder()
			.encodeToString("admin:local-admin-password".getBytes(StandardCharsets.UTF_8));
		administrator.setRequestInterceptor((request) -> request.header("Authorization", "Basic " + credentials));
		this.admin = new AdminApi(administrator);
		this.changesets = new ChangesetsApi(administrator);
	}

	@Test
	void catalogReadsAndA304() throws ApiException {
		assertThat(this.catalog.listAppointmentTypes(null, null, null, null, true, "lakare", null, null))
			.extracting((type) -> type.getCode())
			.contains("lakare-besok-ej-akut-1177");
		var type = this.catalog.getAppointmentTypeWithHttpInfo("mottagningstid-med-tolk", null, null);
		assertThat(type.getData().getCancellableByPatient()).isFalse();
		assertThat(type.getData().getName()).isEqualTo("Mottagningstid med tolk");
		String etag = type.getHeaders().get("etag").get(0);
		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.catalog.getAppointmentType("mottagningstid-med-tolk", null, etag));
		assertThat(notModified.getCode()).isEqualTo(304);
		ApiException unknown = catchThrowableOfType(ApiException.class,
				() -> this.catalog.getAppointmentType("finns-inte", null, null));
		assertThat(problem(unknown).getCode()).isEqualTo("finns-inte");
	}

	@Test
	void policyBookingWindowAndRules() throws ApiException {
		Policy policy = this.rules.evaluatePolicy("lakare-besok-ej-akut-1177", "2026-03-29T10:00:00+02:00",
				"2026-03-28T09:00:01+01:00", "2026-03-01T12:00:00Z");
		assertThat(policy.getCancellation().getAllowed()).isFalse();
		assertThat(policy.getCancellation().getReason()).isEqualTo(CancellationDecision.ReasonEnum.CUTOFF_PASSED);
		assertThat(policy.getSmsReminder().getSendAt()).isEqualTo(OffsetDateTime.parse("2026-03-27T09:00:00+01:00"));
		assertThat(this.rules.getBookingWindow("2026-03-20T09:30:00+01:00").getHorizonDays()).isEqualTo(56);
		assertThat(this.rules.getRules().getRules()).isNotEmpty();
		assertThat(this.rules.getRules().getClock().getMode()).isEqualTo(ClockReading.ModeEnum.SYSTEM);
	}

	@Test
	void mixedBatchIsTypedElementByElement() throws ApiException {
		List<PolicyEvaluationResult> results = this.rules
			.evaluatePolicies(new PolicyEvaluationRequest().at("2026-03-20T09:30:00+01:00")
				.appointments(List.of(
						new PolicyEvaluationAppointment().appointmentTypeCode("vaccination-1177")
							.start("2026-03-29T10:00:00+02:00"),
						new PolicyEvaluationAppointment().appointmentTypeCode("finns-inte")
							.start("2026-03-29T10:00:00+02:00"))));
		assertThat(results).hasSize(2);
		PolicyEvaluationSuccess evaluated = results.get(0).getPolicyEvaluationSuccess();
		assertThat(evaluated.getIndex()).isZero();
		assertThat(evaluated.getPolicy().getAppointmentType().getCode()).isEqualTo("vaccination-1177");
		PolicyEvaluationFailure failed = results.get(1).getPolicyEvaluationFailure();
		assertThat(failed.getIndex()).isOne();
		assertThat(failed.getProblem().getType())
			.isEqualTo(Problem.TypeEnum.URN_PROBLEM_TYPE_TIDBOK_UNKNOWN_APPOINTMENT_TYPE);
		assertThat(failed.getProblem().getCode()).isEqualTo("finns-inte");
	}

	@Test
	void adminWritesWithIfMatchAnd412ReadThroughTheProblemModel() throws ApiException {
		AppointmentTypeRequest request = new AppointmentTypeRequest().name("Klientprov Nybesök 1177")
			.visibleToPatient(true)
			.cancellableByPatient(true)
			.rebookableByPatient(true)
			.smsReminder(true);
		var created = this.admin.createAppointmentTypeWithHttpInfo(request, null);
		assertThat(created.getStatusCode()).isEqualTo(201);
		String code = created.getData().getCode();
		assertThat(code).isEqualTo("klientprov-nybesok-1177");
		assertThat(created.getHeaders().get("location")).containsExactly("/api/v1/appointment-types/" + code);
		String etag = created.getHeaders().get("etag").get(0);

		AdminAppointmentType updated = this.admin.updateAppointmentType(code, request.rebookableByPatient(false), etag,
				null);
		assertThat(updated.getRebookableByPatient()).isFalse();
		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> this.admin.updateAppointmentType(code, request, etag, null));
		assertThat(stale.getCode()).isEqualTo(412);
		Problem problem = problem(stale);
		assertThat(problem.getType()).isEqualTo(Problem.TypeEnum.URN_PROBLEM_TYPE_TIDBOK_PRECONDITION_FAILED);
		assertThat(problem.getCurrentETag()).isEqualTo("\"1\"");

		AdminAppointmentType retired = this.admin.retireAppointmentType(code, problem.getCurrentETag(), null);
		assertThat(retired.getRetired()).isTrue();
		assertThat(this.admin.getAdminAppointmentType(code, null).getRetired()).isTrue();
		assertThat(this.admin.listAllAppointmentTypes(null)).extracting((type) -> type.getCode()).contains(code);
		AdminAppointmentType reinstated = this.admin.reinstateAppointmentType(code, "\"2\"", null);
		assertThat(reinstated.getRetired()).isFalse();

		AuditPage audit = this.admin.getAuditTrail(code, 0, 20);
		assertThat(audit.getItems()).extracting(AuditEntry::getAction)
			.containsExactly(AuditEntry.ActionEnum.REINSTATE, AuditEntry.ActionEnum.RETIRE,
					AuditEntry.ActionEnum.UPDATE, AuditEntry.ActionEnum.CREATE);
		assertThat(audit.getItems().get(3).getBefore()).isNull();
		assertThat(audit.getItems().get(2).getAfter().getRebookableByPatient()).isFalse();
	}

	@Test
	void scheduledChangeReadAsOfItsInstantListedWithItsHistoryAndWithdrawn() throws ApiException {
		AppointmentTypeRequest request = new AppointmentTypeRequest().name("Sexolog 1177")
			.visibleToPatient(true)
			.cancellableByPatient(true)
			.rebookableByPatient(false)
			.smsReminder(true);
		AdminAppointmentType scheduled = this.admin.updateAppointmentType("sexolog-1177", request, "\"0\"",
				"2026-03-23T00:00");
		assertThat(scheduled.getEffectiveFrom()).isEqualTo(OffsetDateTime.parse("2026-03-23T00:00:00+01:00"));
		assertThat(this.catalog.getAppointmentType("sexolog-1177", null, null).getRebookableByPatient()).isTrue();
		assertThat(this.catalog.getAppointmentType("sexolog-1177", "2026-03-23T00:00", null).getRebookableByPatient())
			.isFalse();
		assertThat(
				this.catalog.listAppointmentTypes(null, null, false, null, null, "sexolog", "2026-03-23T00:00", null))
			.extracting((type) -> type.getCode())
			.containsExactly("sexolog-1177");
		Policy later = this.rules.evaluatePolicy("sexolog-1177", "2026-03-26T10:00:00+01:00",
				"2026-03-23T00:00:00+01:00", null);
		assertThat(later.getAppointmentTypeVersion()).isOne();
		assertThat(this.catalog.getAppointmentTypeHistory("sexolog-1177", 0, 20, null).getVersions())
			.extracting((version) -> version.getVersion())
			.containsExactly(0L, 1L);
		List<ScheduledChange> pending = this.admin.listScheduledChanges("sexolog-1177", 0, 20, null);
		assertThat(pending).singleElement()
			.satisfies((change) -> assertThat(change.getAction()).isEqualTo(ScheduledChange.ActionEnum.UPDATE));
		var withdrawn = this.admin.cancelScheduledChangeWithHttpInfo("sexolog-1177", 1L, "\"1\"");
		assertThat(withdrawn.getStatusCode()).isEqualTo(204);
		assertThat(this.admin.listScheduledChanges(null, null, null, null)).isEmpty();
		assertThat(this.admin.getAuditTrail("sexolog-1177", 0, 20).getItems()).extracting(AuditEntry::getAction)
			.containsExactly(AuditEntry.ActionEnum.CANCEL_SCHEDULED_CHANGE, AuditEntry.ActionEnum.UPDATE);
	}

	@Test
	void catalogTableExportedAndAChangesetPreviewedAppliedListedAndWithdrawn() throws Exception {
		File table = this.catalog.exportCatalogTable(null, null);
		assertThat(Files.readString(table.toPath())).startsWith("PMO Tidbokstyp\tFörtydligande beskrivning\t");
		List<ChangesetRow> rows = this.catalog.listAppointmentTypes(null, null, null, null, null, null, null, null)
			.stream()
			.map((type) -> new ChangesetRow().code(type.getCode())
				.name(type.getName())
				.description(type.getDescription())
				.visibleToPatient(type.getVisibleToPatient())
				.cancellableByPatient(type.getCancellableByPatient())
				.rebookableByPatient(!type.getCode().equals("sexolog-1177") && type.getRebookableByPatient())
				.smsReminder(type.getSmsReminder()))
			.toList();
		ChangesetPreview preview = this.changesets.previewChangeset(rows, "2026-03-23T00:00");
		assertThat(preview.getDiff().getChanged()).singleElement()
			.satisfies((type) -> assertThat(type.getCode()).isEqualTo("sexolog-1177"));
		assertThat(preview.getDiff().getUnchanged()).isEqualTo(108);
		var applied = this.changesets.applyChangesetWithHttpInfo(rows, preview.getCatalogETag(), "2026-03-23T00:00",
				"Klientprov");
		assertThat(applied.getStatusCode()).isEqualTo(201);
		Changeset changeset = applied.getData();
		assertThat(changeset.getState()).isEqualTo(Changeset.StateEnum.PENDING);
		assertThat(changeset.getSource()).isEqualTo("Klientprov");
		assertThat(this.changesets.listChangesets()).extracting(Changeset::getId).containsExactly(changeset.getId());
		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> this.changesets.applyChangeset(rows, preview.getCatalogETag(), null, null));
		assertThat(problem(stale).getType()).isEqualTo(Problem.TypeEnum.URN_PROBLEM_TYPE_TIDBOK_PRECONDITION_FAILED);
		Changeset withdrawn = this.changesets.cancelChangeset(changeset.getId(),
				this.changesets.getChangesetWithHttpInfo(changeset.getId()).getHeaders().get("etag").get(0));
		assertThat(withdrawn.getState()).isEqualTo(Changeset.StateEnum.WITHDRAWN);
		assertThat(this.admin.getAuditTrail("sexolog-1177", 0, 20).getItems()).extracting(AuditEntry::getChangesetId)
			.containsExactly(changeset.getId(), changeset.getId());
	}

	private Problem problem(ApiException ex) {
		try {
			return this.client.getObjectMapper().readValue(ex.getResponseBody(), Problem.class);
		}
		catch (Exception failure) {
			throw new AssertionError("Not a problem: " + ex.getResponseBody(), failure);
		}
	}

}
