package com.bookingservice.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import com.bookingservice.account.Caller;
import com.bookingservice.support.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog over HTTP: anyone signed in reads it, admins change it. Customers see only
 * active services.
 */
@RestController
@RequestMapping("/services")
class CatalogController {

	private final ServiceCatalog catalog;

	CatalogController(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<ServiceView> list(Caller caller) {
		return catalog.list(caller.isAdmin());
	}

	@GetMapping("/{id}")
	ServiceView get(@PathVariable UUID id, Caller caller) {
		return catalog.get(id, caller.isAdmin());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ServiceView create(@Valid @RequestBody ServiceRequest request) {
		return catalog.create(request);
	}

	@PutMapping("/{id}")
	ServiceView replace(@PathVariable UUID id, @Valid @RequestBody ServiceRequest request) {
		return catalog.replace(id, request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deactivate(@PathVariable UUID id) {
		catalog.deactivate(id);
	}

	/**
	 * Only admins change the catalog.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Access {

		@Bean
		AccessRules catalogAccessRules() {
			return rules -> rules.requestMatchers(HttpMethod.POST, "/services")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PUT, "/services/*")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/services/*")
				.hasRole("ADMIN");
		}

	}

}
