package com.bookingservice.support;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 9457 problem details, with the invalid fields listed, and
 * never lets a stack trace, SQL or internal message reach the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> FieldError.of(error.getField(), error.getDefaultMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		return invalid(errors, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> FieldError.of(parameterName(result), error.getDefaultMessage())))
			.toList();
		return invalid(errors, headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() != null ? JsonNames.snakeCase(ex.getPropertyName()) : "parameter";
		String expected = ex.getRequiredType() != null ? describe(ex.getRequiredType()) : "another value";
		var error = new FieldError(name, "must be " + expected);
		return invalid(List.of(error), headers, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			var error = new FieldError(path(databind), unreadableReason(databind));
			return invalid(List.of(error), headers, request);
		}
		String detail = ex.getCause() instanceof JacksonException ? "The request body is not valid JSON."
				: "The request body is missing or cannot be read.";
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Changed concurrently",
				"Someone else changed this resource at the same moment. Read it again and retry.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflictingData(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "Conflicting data",
				"The request conflicts with data that already exists.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		String incident = UUID.randomUUID().toString();
		log.error("Request failed with an unexpected {}; incident {}.", ex.getClass().getName(), incident);
		log.debug("Incident {} in detail.", incident, ex);
		ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed. Quote incident " + incident + " when reporting it.");
		body.setProperty("incident", incident);
		return body;
	}

	private ResponseEntity<Object> invalid(List<FieldError> errors, HttpHeaders headers, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				"Some fields are missing or invalid; see errors.");
		body.setProperty("errors", errors);
		return handleExceptionInternal(new IllegalArgumentException(), body, headers, HttpStatus.BAD_REQUEST,
				request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return name != null ? name : "parameter";
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String unreadableReason(DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof InvalidFormatException format && format.getTargetType() != null) {
			return "must be " + describe(format.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "must be " + describe(mismatch.getTargetType());
		}
		return "has a value of the wrong type";
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		return switch (type.getSimpleName()) {
			case "int", "Integer", "long", "Long" -> "a whole number";
			case "boolean", "Boolean" -> "true or false";
			case "String" -> "a string";
			case "UUID" -> "a UUID";
			case "LocalDate" -> "a date such as 2026-12-24";
			case "LocalTime" -> "a time such as 09:30";
			case "OffsetDateTime", "Instant", "ZonedDateTime" -> "a date-time with offset such as 2026-12-24T10:00:00+05:30";
			case "List", "Set" -> "a list";
			default -> "a valid " + type.getSimpleName();
		};
	}

}
