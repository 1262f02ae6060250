package se.pmo.tidbok.config;

import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.stereotype.Component;

/**
 * A record component that holds another record and is declared nullable
 * ({@code @Schema(nullable = true)}) is written as an object that may be null and is all
 * of that record's schema: Swagger drops {@code nullable} beside a reference, and OpenAPI
 * 3.0 needs it there for {@code nullable} to apply. The components are noted as their
 * records are read, and rewritten once the document is complete.
 */
@Component
class NullableReferences implements PropertyCustomizer, OpenApiCustomizer {

	/** The nullable references, as schema name and property name. */
	private final Set<Map.Entry<String, String>> declared = ConcurrentHashMap.newKeySet();

	@Override
	public Schema customize(Schema property, AnnotatedType type) {
		if (type.getParent() != null && type.getParent().getName() != null && holdsRecord(type.getType())
				&& declaredNullable(type)) {
			this.declared.add(Map.entry(type.getParent().getName(), type.getPropertyName()));
		}
		return property;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Set<String> referred = new HashSet<>();
		schemas.forEach((name, schema) -> {
			Map<String, Schema> properties = schema.getProperties();
			if (properties != null) {
				properties.replaceAll((property, value) -> {
					if (value.get$ref() == null || !this.declared.contains(Map.entry(name, property))) {
						return value;
					}
					referred.add(value.get$ref().substring(CompleteAnswers.SCHEMAS.length()));
					return nullable(value);
				});
			}
		});
		// allOf applies the schema referred to to a null as well, so it accepts null too.
		referred.forEach((name) -> schemas.get(name).setNullable(true));
	}

	private static Schema<?> nullable(Schema<?> reference) {
		ComposedSchema wrapped = new ComposedSchema();
		wrapped.addAllOfItem(new Schema<>().$ref(reference.get$ref()));
		// Strict validators (ajv) refuse nullable without a type beside it, and by
		// OpenAPI 3.0.3 such a nullable means nothing.
		wrapped.setType("object");
		wrapped.setNullable(true);
		wrapped.setDescription(reference.getDescription());
		return wrapped;
	}

	private static boolean holdsRecord(Type type) {
		return TypeFactory.defaultInstance().constructType(type).getRawClass().isRecord();
	}

	private static boolean declaredNullable(AnnotatedType type) {
		return type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
			.anyMatch((annotation) -> annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
					&& schema.nullable());
	}

}
