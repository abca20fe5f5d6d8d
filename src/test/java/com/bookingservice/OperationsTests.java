package com.bookingservice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTests extends ApiTest {

	@Test
	void healthIsUpIncludingTheDatabase() {
		var health = api.get("/actuator/health", null);
		var readiness = api.get("/actuator/health/readiness", null);

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
		assertThat(readiness.status()).isEqualTo(200);
	}

	@Test
	void prometheusMetricsHaveLatencyHistogramsPerEndpoint() {
		api.get("/services", adminToken());

		var metrics = api.get("/actuator/prometheus", null);

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_bucket")
			.contains("uri=\"/services\"")
			.contains("hikaricp_connections");
	}

	@Test
	void theApiIsDescribedWithItsBearerScheme() {
		var docs = api.get("/v3/api-docs", null);

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/bookings")).isTrue();
		assertThat(docs.json().path("components").path("securitySchemes").path("bearer").path("scheme").asString())
			.isEqualTo("bearer");
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}

}
