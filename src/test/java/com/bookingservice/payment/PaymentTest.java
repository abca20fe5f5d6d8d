package com.bookingservice.payment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import tools.jackson.databind.JsonNode;

import com.bookingservice.Api;
import com.bookingservice.ApiTest;
import com.bookingservice.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of the tests of online payment: WireMock plays Razorpay's API for the real SDK, and
 * webhooks and checkout's confirmations are signed with the SDK's own HMAC. The stand-in lives
 * as long as the test JVM, and tests move the clock forward instead of waiting, so that every
 * subclass shares one application context.
 */
@Import({ TestDatabase.class, PaymentTestConfiguration.class })
abstract class PaymentTest extends ApiTest {

	static final String KEY_ID = "rzp_test_00000000000001";

	static final String KEY_SECRET = "razorpay-key-secret-for-tests";

	static final String WEBHOOK_SECRET = "razorpay-webhook-secret-for-tests";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final WireMockServer RAZORPAY = new WireMockServer(options().dynamicPort());

	static {
		RAZORPAY.start();
		RAZORPAY.stubFor(post(urlEqualTo("/v1/orders")).atPriority(10)
			.willReturn(answer("""
					{"id": "order_{{randomValue length=14 type='ALPHANUMERIC'}}", "entity": "order",
					 "amount": {{jsonPath request.body '$.amount'}}, "amount_paid": 0,
					 "currency": "{{jsonPath request.body '$.currency'}}",
					 "receipt": "{{jsonPath request.body '$.receipt'}}", "status": "created", "attempts": 0,
					 "created_at": 1767225600}""")));
		RAZORPAY.stubFor(get(urlPathMatching("/v1/orders/[^/]+/payments")).atPriority(10)
			.willReturn(answer("{\"entity\": \"collection\", \"count\": 0, \"items\": []}")));
		RAZORPAY.stubFor(post(urlPathMatching("/v1/payments/[^/]+/refund")).atPriority(10)
			.willReturn(answer("""
					{"id": "rfnd_{{randomValue length=14 type='ALPHANUMERIC'}}", "entity": "refund",
					 "amount": {{jsonPath request.body '$.amount'}}, "currency": "INR",
					 "payment_id": "{{request.pathSegments.[2]}}", "status": "processed",
					 "created_at": 1767225600}""")));
		RAZORPAY.stubFor(get(urlPathMatching("/v1/payments/[^/]+/refunds")).atPriority(10)
			.willReturn(answer("{\"entity\": \"collection\", \"count\": 0, \"items\": []}")));
	}

	@Autowired
	PaymentTestConfiguration.MovableClock clock;

	@Autowired
	PaymentTestConfiguration.EventLog events;

	@DynamicPropertySource
	static void razorpay(DynamicPropertyRegistry registry) {
		registry.add("booking.payments.razorpay.key-id", () -> KEY_ID);
		registry.add("booking.payments.razorpay.key-secret", () -> KEY_SECRET);
		registry.add("booking.payments.razorpay.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("booking.payments.razorpay.base-url", RAZORPAY::baseUrl);
		registry.add("booking.payments.razorpay.connect-timeout", () -> "1s");
		registry.add("booking.payments.razorpay.read-timeout", () -> "1s");
		registry.add("booking.payments.razorpay.refund-retry-interval", () -> "500ms");
		registry.add("booking.payments.razorpay.reconcile-after", () -> "2m");
		registry.add("booking.payments.razorpay.reconcile-interval", () -> "300ms");
		registry.add("booking.payments.expiry-check", () -> "200ms");
	}

	static ResponseDefinitionBuilder answer(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(body)
			.withTransformers("response-template");
	}

	/**
	 * A service of its own, with a price that no other test uses, so that the orders of its
	 * bookings can be told apart at the stand-in.
	 */
	String createServiceCosting(long price, int capacity) {
		Map<String, Object> body = new HashMap<>(serviceBody("Massage", capacity));
		body.put("price", price);
		var response = api.post("/services", adminToken(), body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.text("id");
	}

	static long uniquePrice() {
		return 10_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 900_000L);
	}

	Api.Response bookOnline(String token, String serviceId, OffsetDateTime startsAt) {
		return api.post("/bookings/razorpay-booking", token,
				Map.of("service_id", serviceId, "starts_at", startsAt.toString()));
	}

	/**
	 * Books a slot of a new service for online payment, as a new customer.
	 */
	Booked bookOnline() {
		Customer customer = registerCustomer();
		String service = createServiceCosting(uniquePrice(), 1);
		return bookOnline(customer, service, slot(5, 10));
	}

	Booked bookOnline(Customer customer, String serviceId, OffsetDateTime startsAt) {
		var response = bookOnline(customer.token(), serviceId, startsAt);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode razorpay = response.json().path("razorpay");
		return new Booked(customer, response.text("id"), razorpay.path("order_id").asString(),
				razorpay.path("amount").asLong(), serviceId, startsAt);
	}

	Api.Response verify(String token, String orderId, String paymentId, String bookingId) {
		Map<String, Object> body = new HashMap<>(Map.of("razorpay_order_id", orderId, "razorpay_payment_id",
				paymentId, "razorpay_signature", sign(orderId + "|" + paymentId, KEY_SECRET)));
		if (bookingId != null) {
			body.put("booking_id", bookingId);
		}
		return api.post("/bookings/verify-payment", token, body);
	}

	Api.Response verify(Booked booked, String paymentId) {
		return verify(booked.customer().token(), booked.orderId(), paymentId, booked.id());
	}

	Api.Response webhook(String eventId, String body) {
		return webhook(eventId, body, sign(body, WEBHOOK_SECRET));
	}

	Api.Response webhook(String eventId, String body, String signature) {
		Api.Call call = api.call("POST", "/webhooks/razorpay").raw(body).header("X-Razorpay-Event-Id", eventId);
		return (signature == null ? call : call.header("X-Razorpay-Signature", signature)).send();
	}

	static String captured(Booked booked, String paymentId) {
		return paymentEvent("payment.captured", booked.orderId(), paymentId, booked.amount(), "captured", null);
	}

	static String failed(Booked booked, String paymentId, String reason) {
		return paymentEvent("payment.failed", booked.orderId(), paymentId, booked.amount(), "failed", reason);
	}

	static String paymentEvent(String type, String orderId, String paymentId, long amount, String status,
			String errorDescription) {
		String error = errorDescription == null ? "null" : "\"" + errorDescription + "\"";
		return """
				{"entity": "event", "account_id": "acc_00000000000001", "event": "%s", "contains": ["payment"],
				 "payload": {"payment": {"entity": {"id": "%s", "entity": "payment", "amount": %d, "currency": "INR",
				 "status": "%s", "order_id": "%s", "method": "upi", "captured": %s, "error_description": %s}}},
				 "created_at": 1767225600}""".formatted(type, paymentId, amount, status, orderId,
				"captured".equals(status), error);
	}

	static String refundEvent(String type, String refundId, String paymentId, long amount, String status) {
		return """
				{"entity": "event", "account_id": "acc_00000000000001", "event": "%s", "contains": ["refund"],
				 "payload": {"refund": {"entity": {"id": "%s", "entity": "refund", "amount": %d, "currency": "INR",
				 "payment_id": "%s", "status": "%s"}}}, "created_at": 1767225600}"""
			.formatted(type, refundId, amount, paymentId, status);
	}

	static String sign(String payload, String secret) {
		try {
			return Utils.getHash(payload, secret);
		}
		catch (RazorpayException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String newId(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
	}

	JsonNode booking(String bookingId) {
		var response = api.get("/bookings/" + bookingId, adminToken());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	String status(String bookingId) {
		return booking(bookingId).path("status").asString();
	}

	JsonNode payment(String bookingId) {
		return booking(bookingId).path("payment");
	}

	void awaitStatus(String bookingId, String status) {
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(bookingId)).isEqualTo(status));
	}

	void awaitPayment(String bookingId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(payment(bookingId).path("status").asString()).isEqualTo(status));
	}

	/**
	 * Lets the hold of every booking placed so far run out, and waits until this one has.
	 */
	void expire(Booked booked) {
		clock.advance(Duration.ofMinutes(16));
		awaitStatus(booked.id(), "expired");
	}

	static List<LoggedRequest> ordersFor(String bookingId) {
		return RAZORPAY.findAll(postRequestedFor(urlEqualTo("/v1/orders"))
			.withRequestBody(matchingJsonPath("$.receipt", equalTo(bookingId))));
	}

	static List<LoggedRequest> refundsOf(String paymentId) {
		return RAZORPAY.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refund")));
	}

	/**
	 * A booking placed for online payment, and the Razorpay order opened for it.
	 */
	record Booked(Customer customer, String id, String orderId, long amount, String serviceId,
			OffsetDateTime startsAt) {
	}

}
