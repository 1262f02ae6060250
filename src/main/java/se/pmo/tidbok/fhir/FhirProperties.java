package se.pmo.tidbok.fhir;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The FHIR terminology endpoint's settings.
 *
 * @param canonicalBase the base of the canonical URLs of the CodeSystem and the value
 * sets (their {@code url}, which codings carry as their {@code system}); it names them
 * and need not be where the service runs
 */
@Validated
@ConfigurationProperties("tidbok.fhir")
record FhirProperties(@NotBlank @Pattern(
		regexp = "https?://\\S+[^/]") @DefaultValue("https://tidbok.pmo.se/fhir") String canonicalBase) {

	/** The canonical URL of the CodeSystem. */
	String codeSystemUrl() {
		return this.canonicalBase + "/CodeSystem/" + TerminologyResources.CODE_SYSTEM_ID;
	}

	/** The canonical URL of a value set. */
	String valueSetUrl(CatalogValueSet valueSet) {
		return this.canonicalBase + "/ValueSet/" + valueSet.id();
	}

}
