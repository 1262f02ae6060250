package se.pmo.tidbok.web;

import tools.jackson.core.JacksonException;

/**
 * Names the place in a JSON body where parsing failed, as {@code appointments[3].start},
 * so an error can say where without quoting Jackson's internal message.
 */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

}
