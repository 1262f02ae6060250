package se.pmo.tidbok.fhir;

import java.time.ZoneId;
import java.util.Optional;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Parameters;

import se.pmo.tidbok.catalog.CatalogVersion;
import se.pmo.tidbok.time.TimeOutput;

/**
 * The questions the operations ask of their parameters, and the one answer of
 * {@code $validate-code}: a code is valid when a type has it at the instant, is not
 * retired then, has the display given (if any), and is in the value set (if one is asked
 * about).
 */
record TerminologyQuestions(TerminologyResources resources, ZoneId zone) {

	/** A parameter's text, or {@code null} when it is absent or empty. */
	static String text(IPrimitiveType<?> value) {
		return (value != null && value.getValueAsString() != null && !value.getValueAsString().isBlank())
				? value.getValueAsString() : null;
	}

	static String required(String parameter, IPrimitiveType<?> value) {
		String text = text(value);
		if (text == null) {
			throw new InvalidRequestException("Parameter '" + parameter + "' is required.");
		}
		return text;
	}

	/** Refuses any code system but this one (404: none other is served here). */
	void requireCodeSystem(String parameter, String url) {
		String system = stripVersion(url);
		if (!this.resources.codeSystemUrl().equals(system)) {
			throw new ResourceNotFoundException("'" + parameter + "' is " + system
					+ ", a code system not served here; the one served is " + this.resources.codeSystemUrl() + ".");
		}
	}

	/** A value set by its canonical URL (404 for any other). */
	CatalogValueSet valueSet(String parameter, String url) {
		String canonical = stripVersion(url);
		for (CatalogValueSet set : CatalogValueSet.values()) {
			if (this.resources.valueSetUrl(set).equals(canonical)) {
				return set;
			}
		}
		throw new ResourceNotFoundException("'" + parameter + "' is " + canonical + ", a value set not served here.");
	}

	/**
	 * Refuses a version other than the revision served: earlier revisions are not kept as
	 * such, but every instant is (ask with {@code date}).
	 */
	void requireVersion(CatalogAt at, String version) {
		if (version != null && !version.equals(at.version())) {
			throw new ResourceNotFoundException("Version " + version + " of " + this.resources.codeSystemUrl()
					+ " is not served; the catalog is at revision " + at.version()
					+ ". To resolve a code as it was at an earlier instant, send 'date' instead.");
		}
	}

	String unknownCode(String code, CatalogAt at) {
		return "No type has the code '" + code + "' in " + this.resources.codeSystemUrl() + when(at) + ".";
	}

	/** The answer of {@code $validate-code}, for the CodeSystem or a value set. */
	Parameters validate(CatalogAt at, String code, String display, CatalogValueSet valueSet) {
		Optional<CatalogVersion> found = at.find(code);
		if (found.isEmpty()) {
			return TerminologyResources.validation(false, unknownCode(code, at), null);
		}
		CatalogVersion type = found.get();
		String name = type.details().name();
		if (type.retired()) {
			String since = (type.effectiveFrom() != null)
					? " since " + TimeOutput.local(type.effectiveFrom(), this.zone) : "";
			return TerminologyResources.validation(false, "The type '" + code + "' is retired" + since + when(at) + ".",
					name);
		}
		if (display != null && !display.equals(name)) {
			return TerminologyResources.validation(false,
					"The display of '" + code + "' is '" + name + "', not '" + display + "'" + when(at) + ".", name);
		}
		if (valueSet != null && !valueSet.contains(type)) {
			return TerminologyResources.validation(false, "The type '" + code + "' is not in the value set "
					+ this.resources.valueSetUrl(valueSet) + when(at) + ".", name);
		}
		return TerminologyResources.validation(true, null, name);
	}

	private String when(CatalogAt at) {
		return at.fixed() ? " at " + TimeOutput.local(at.instant(), this.zone) : "";
	}

	private static String stripVersion(String canonical) {
		int bar = canonical.indexOf('|');
		return (bar >= 0) ? canonical.substring(0, bar) : canonical;
	}

}
