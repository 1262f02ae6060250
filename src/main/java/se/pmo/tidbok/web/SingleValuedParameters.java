package se.pmo.tidbok.web;

import java.util.Set;

/**
 * Query parameters that a module's endpoints take at most once. Each module declares its
 * own as a bean; the request guard refuses any of them given twice, before any other
 * work.
 *
 * @param names the parameter names
 */
public record SingleValuedParameters(Set<String> names) {

	public SingleValuedParameters(String... names) {
		this(Set.of(names));
	}

}
