package com.bookingservice.support;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A fact about a request that the client is told as an RFC 9457 problem. Each feature names
 * its own subclasses after the fact they report.
 */
public abstract class ApiProblem extends ErrorResponseException {

	protected ApiProblem(HttpStatus status, String type, String title, String detail) {
		super(status, body(status, type, title, detail), null);
	}

	private static ProblemDetail body(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem-type:" + type));
		problem.setTitle(title);
		return problem;
	}

	@Override
	public String getMessage() {
		return getBody().getDetail();
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
