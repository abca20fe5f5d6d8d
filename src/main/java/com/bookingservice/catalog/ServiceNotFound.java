package com.bookingservice.catalog;

import java.util.UUID;

import com.bookingservice.support.ApiProblem;

import org.springframework.http.HttpStatus;

/**
 * No service, or no bookable one, has this id.
 */
public class ServiceNotFound extends ApiProblem {

	ServiceNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, "service-not-found", "Service not found", "There is no service " + id + ".");
	}

}
