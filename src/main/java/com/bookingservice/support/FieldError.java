package com.bookingservice.support;

/**
 * One invalid field of a request, named as the client spells it.
 */
record FieldError(String field, String message) {

	static FieldError of(String javaPath, String message) {
		return new FieldError(JsonNames.snakeCase(javaPath), message);
	}

}
