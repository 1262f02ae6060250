package se.pmo.tidbok.config;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import se.pmo.tidbok.catalog.web.CatalogHttp;
import se.pmo.tidbok.web.ConditionalRead;
import se.pmo.tidbok.web.ConditionalWrite;
import se.pmo.tidbok.web.PagedAnswer;
import se.pmo.tidbok.web.Paging;

/**
 * The headers that conditional reads, conditional changes and pages share, documented
 * once from {@link ConditionalRead}, {@link ConditionalWrite} and {@link PagedAnswer}. It
 * runs before the problem answers are documented, which add the problem types of the 412
 * and 428 it declares.
 */
@Component
class ConditionalRequestDocumentation implements OperationCustomizer, Ordered {

	private static final String IF_NONE_MATCH = "The ETag of an earlier answer: 304 without a body while it still matches (weak comparison)";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		ConditionalRead read = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ConditionalRead.class);
		if (read != null) {
			read(operation, read.etag(), read.example(), read.earlier().isEmpty() ? read.example() : read.earlier(),
					read.unchanged(), read.catalog());
		}
		ConditionalWrite write = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
				ConditionalWrite.class);
		if (write != null) {
			write(operation, write);
		}
		PagedAnswer paged = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PagedAnswer.class);
		if (paged != null) {
			read(operation, "Strong entity tag of this page", paged.etag(), paged.etag(),
					"The page has not changed since the ETag in If-None-Match", false);
			answer(operation.getResponses())
				.addHeaderObject(Paging.TOTAL_COUNT,
						header(paged.total(), new Schema<>().type("integer").example(paged.example())))
				.addHeaderObject(HttpHeaders.LINK, header("RFC 8288 links to the first, prev, next and last pages",
						new Schema<>().type("string")));
		}
		return operation;
	}

	/**
	 * @param etag what the answer's entity tag stands for
	 * @param example an entity tag of the answer
	 * @param earlier an entity tag of an earlier answer, for If-None-Match
	 * @param unchanged the 304 answer
	 * @param catalog whether the answer carries the catalog revision and Cache-Control
	 */
	private static void read(Operation operation, String etag, String example, String earlier, String unchanged,
			boolean catalog) {
		operation.addParametersItem(new HeaderParameter().name(HttpHeaders.IF_NONE_MATCH)
			.description(IF_NONE_MATCH)
			.schema(new Schema<>().type("string").example(earlier)));
		ApiResponse notModified = new ApiResponse().description(unchanged);
		for (ApiResponse response : List.of(answer(operation.getResponses()), notModified)) {
			response.addHeaderObject(HttpHeaders.ETAG, header(etag, new Schema<>().type("string").example(example)));
			if (catalog) {
				response.addHeaderObject(CatalogHttp.REVISION_HEADER,
						header("Catalog revision the answer was computed from",
								new Schema<>().type("integer").format("int64").example(7)));
			}
		}
		if (catalog) {
			answer(operation.getResponses()).addHeaderObject(HttpHeaders.CACHE_CONTROL,
					header("How long clients and proxies may reuse the answer",
							new Schema<>().type("string").example("max-age=30, public")));
		}
		operation.getResponses().addApiResponse("304", notModified);
	}

	/** If-Match goes after the path's parameters, before the query's. */
	private static void write(Operation operation, ConditionalWrite write) {
		List<Parameter> parameters = new ArrayList<>(
				(operation.getParameters() != null) ? operation.getParameters() : List.of());
		int position = (int) parameters.stream().takeWhile((parameter) -> "path".equals(parameter.getIn())).count();
		parameters.add(position,
				new HeaderParameter().name(HttpHeaders.IF_MATCH)
					.description(write.ifMatch())
					.required(false)
					.schema(new Schema<>().type("string")));
		operation.setParameters(parameters);
		Header etag = header(write.etag(), new Schema<>().type("string").example(write.example()));
		answer(operation.getResponses()).addHeaderObject(HttpHeaders.ETAG, etag.required(write.tagged() ? true : null));
		operation.getResponses()
			.addApiResponse("412", new ApiResponse().description(write.stale()))
			.addApiResponse("428", new ApiResponse().description("If-Match is missing"));
	}

	/** The operation's answer on success. */
	private static ApiResponse answer(ApiResponses responses) {
		return responses.entrySet()
			.stream()
			.filter((response) -> response.getKey().startsWith("2"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	private static Header header(String description, Schema<?> schema) {
		return new Header().description(description).required(true).schema(schema).style(Header.StyleEnum.SIMPLE);
	}

}
