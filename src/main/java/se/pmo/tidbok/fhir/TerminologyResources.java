package se.pmo.tidbok.fhir;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.CodeSystemContentMode;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.hl7.fhir.r4.model.ValueSet.FilterOperator;
import org.hl7.fhir.r4.model.ValueSet.ValueSetExpansionComponent;

import se.pmo.tidbok.catalog.web.CatalogFilter;
import se.pmo.tidbok.catalog.CatalogVersion;

/**
 * The catalog at an instant as FHIR resources: the CodeSystem, the value sets, their
 * expansions and the answers of {@code $lookup}. Pure: the same catalog gives the same
 * resources.
 */
final class TerminologyResources {

	static final String CODE_SYSTEM_ID = "pmo-tidbokstyp";

	private static final String PUBLISHER = "PMO";

	private final FhirProperties properties;

	private final TimeZone zone;

	TerminologyResources(FhirProperties properties, ZoneId zone) {
		this.properties = properties;
		this.zone = TimeZone.getTimeZone(zone);
	}

	String codeSystemUrl() {
		return this.properties.codeSystemUrl();
	}

	String valueSetUrl(CatalogValueSet valueSet) {
		return this.properties.valueSetUrl(valueSet);
	}

	/** The CodeSystem: every type in force at the instant, retired ones included. */
	CodeSystem codeSystem(CatalogAt at, Instant now) {
		CodeSystem codeSystem = new CodeSystem();
		describe(codeSystem, "CodeSystem", CODE_SYSTEM_ID, codeSystemUrl(), at, now);
		codeSystem.setName("PmoTidbokstyp");
		codeSystem.setTitle("PMO tidbokstyper (1177)");
		codeSystem.setDescription("The appointment-book types of PMO, each with the rights the patient has on 1177 for "
				+ "a time of that type. The code never changes and is never reused; version is the catalog revision.");
		codeSystem.setCaseSensitive(true);
		codeSystem.setContent(CodeSystemContentMode.COMPLETE);
		codeSystem.setCount(at.versions().size());
		for (ConceptProperty property : ConceptProperty.values()) {
			codeSystem.addProperty()
				.setCode(property.code())
				.setUri(property.uri())
				.setDescription(property.description())
				.setType(property.type());
			codeSystem.addFilter()
				.setCode(property.code())
				.setDescription("Concepts whose " + property.code() + " is the value")
				.addOperator(CodeSystem.FilterOperator.EQUAL)
				.setValue((property.type() == CodeSystem.PropertyType.CODE) ? "active or retired" : "true or false");
		}
		for (CatalogVersion version : at.versions()) {
			ConceptDefinitionComponent concept = codeSystem.addConcept()
				.setCode(version.code())
				.setDisplay(version.details().name())
				.setDefinition(version.details().description());
			for (ConceptProperty property : ConceptProperty.values()) {
				if (property.valueOf(version) != null) {
					concept.addProperty().setCode(property.code()).setValue(property.valueOf(version));
				}
			}
		}
		return codeSystem;
	}

	/** A value set's definition: the CodeSystem's active concepts with the set's flag. */
	ValueSet valueSet(CatalogValueSet set, CatalogAt at, Instant now) {
		ValueSet valueSet = new ValueSet();
		describe(valueSet, "ValueSet", set.id(), valueSetUrl(set), at, now);
		valueSet.setName(set.resourceName());
		valueSet.setTitle(set.title());
		valueSet.setDescription(set.description());
		ConceptSetComponent include = valueSet.getCompose().addInclude().setSystem(codeSystemUrl());
		include.addFilter().setProperty(ConceptProperty.STATUS.code()).setOp(FilterOperator.EQUAL).setValue("active");
		if (set.requiredProperty() != null) {
			include.addFilter().setProperty(set.requiredProperty().code()).setOp(FilterOperator.EQUAL).setValue("true");
		}
		return valueSet;
	}

	/**
	 * The value set expanded at the instant: its types whose names match the filter text
	 * (ignoring case and diacritics), in the PMO table's order.
	 */
	ValueSet expansion(CatalogValueSet set, CatalogAt at, String filter, Instant now) {
		ValueSet valueSet = valueSet(set, at, now);
		ValueSetExpansionComponent expansion = valueSet.getExpansion();
		expansion.setTimestampElement(dateTime(now));
		CatalogFilter matches = set.filter(filter);
		List<CatalogVersion> members = at.versions()
			.stream()
			.filter(set::contains)
			.filter((version) -> matches.test(version))
			.toList();
		expansion.setTotal(members.size());
		if (filter != null && !filter.isBlank()) {
			expansion.addParameter().setName("filter").setValue(new StringType(filter));
		}
		if (at.fixed()) {
			expansion.addParameter().setName("date").setValue(dateTime(at.instant()));
		}
		expansion.addParameter()
			.setName("used-codesystem")
			.setValue(new StringType(codeSystemUrl() + "|" + at.version()));
		members.forEach((version) -> expansion.addContains()
			.setSystem(codeSystemUrl())
			.setVersion(at.version())
			.setCode(version.code())
			.setDisplay(version.details().name()));
		return valueSet;
	}

	/**
	 * The answer of {@code $lookup}: the type's name, definition and the asked-for
	 * properties (all when none is asked for).
	 */
	Parameters lookup(CatalogVersion version, CatalogAt at, Collection<String> wanted) {
		Parameters parameters = new Parameters();
		parameters.addParameter("name", "PMO tidbokstyper (1177)");
		parameters.addParameter("version", at.version());
		parameters.addParameter("display", version.details().name());
		if (version.details().description() != null) {
			parameters.addParameter().setName("definition").setValue(new StringType(version.details().description()));
		}
		for (ConceptProperty property : ConceptProperty.values()) {
			if ((wanted.isEmpty() || wanted.contains(property.code())) && property.valueOf(version) != null) {
				Parameters.ParametersParameterComponent part = parameters.addParameter().setName("property");
				part.addPart().setName("code").setValue(new CodeType(property.code()));
				part.addPart().setName("value").setValue(property.valueOf(version));
			}
		}
		return parameters;
	}

	/** The answer of {@code $validate-code}. */
	static Parameters validation(boolean result, String message, String display) {
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("result").setValue(new BooleanType(result));
		if (message != null) {
			parameters.addParameter().setName("message").setValue(new StringType(message));
		}
		if (display != null) {
			parameters.addParameter().setName("display").setValue(new StringType(display));
		}
		return parameters;
	}

	/**
	 * An instant with the offset it has in the rules' zone, as the JSON API writes it.
	 */
	private DateTimeType dateTime(Instant instant) {
		TemporalPrecisionEnum precision = (instant.getNano() == 0) ? TemporalPrecisionEnum.SECOND
				: TemporalPrecisionEnum.MILLI;
		return new DateTimeType(Date.from(instant), precision, this.zone);
	}

	private void describe(MetadataResource resource, String type, String id, String url, CatalogAt at, Instant now) {
		resource.setIdElement(new IdType(type, id, at.versionId()));
		resource.getMeta().setVersionId(at.versionId());
		if (at.lastChange() != null) {
			resource.getMeta().setLastUpdated(Date.from(at.lastModified(now)));
			resource.setDateElement(dateTime(at.lastChange()));
		}
		resource.setUrl(url);
		resource.setVersion(at.version());
		resource.setStatus(PublicationStatus.ACTIVE);
		resource.setExperimental(false);
		resource.setPublisher(PUBLISHER);
	}

}
