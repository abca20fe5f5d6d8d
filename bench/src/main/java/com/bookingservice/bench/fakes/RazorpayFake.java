package com.bookingservice.bench.fakes;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Razorpay's Orders, Payments and Refunds API, with or without the {@code /v1} prefix:
 * orders are created and read, an order's payments are listed, payments are read, captured
 * and refunded, and a payment's refunds are listed. A payment exists once the load's
 * customer has paid at the checkout, which the bench tells this stand-in through
 * {@link #pay}.
 */
final class RazorpayFake {

	private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");

	private static final Pattern ORDER_PAYMENTS = Pattern.compile("/orders/([^/]+)/payments");

	private static final Pattern PAYMENT = Pattern.compile("/payments/([^/]+)");

	private static final Pattern CAPTURE = Pattern.compile("/payments/([^/]+)/capture");

	private static final Pattern REFUND = Pattern.compile("/payments/([^/]+)/refunds?");

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, ObjectNode> orders = new ConcurrentHashMap<>();

	private final Map<String, ObjectNode> payments = new ConcurrentHashMap<>();

	private final Map<String, List<ObjectNode>> refunds = new ConcurrentHashMap<>();

	private final Receipts receipts;

	private final Delay delay;

	RazorpayFake(Receipts receipts, Delay delay) {
		this.receipts = receipts;
		this.delay = delay;
	}

	HttpServer start(int port) throws IOException {
		return Http.serve(port, this::handle);
	}

	/**
	 * Records that the customer paid the order at the checkout.
	 *
	 * @return false if there is no such order
	 */
	boolean pay(String orderId, String paymentId) {
		ObjectNode order = orders.get(orderId);
		if (order == null) {
			return false;
		}
		ObjectNode paid = order.deepCopy()
			.put("amount_paid", order.get("amount").asLong())
			.put("amount_due", 0)
			.put("status", "paid")
			.put("attempts", 1);
		orders.put(orderId, paid);
		payments.put(paymentId, payment(paymentId, paid));
		return true;
	}

	private void handle(HttpExchange exchange) throws IOException {
		long receivedAt = System.currentTimeMillis();
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath().replaceFirst("^/v1(?=/)", "").replaceAll("/+$", "");
		String body = Http.body(exchange);
		Route route = route(method, path);

		try (var call = receipts.open("razorpay", method + " " + route.name())) {
			delay.await();
			Answer answer = answer(route, body);
			if (answer.booking() != null) {
				receipts.add(new Receipts.Receipt("razorpay " + route.name(), answer.booking(),
						answer.status() < 300 ? "ok" : "refused", receivedAt, System.currentTimeMillis()));
			}
			Http.json(exchange, answer.status(), answer.json());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			Http.json(exchange, 503, error("SERVER_ERROR", "Stopping").json());
		}
	}

	private static Route route(String method, String path) {
		Matcher matcher;
		if ("POST".equals(method) && path.equals("/orders")) {
			return new Route("orders", null);
		}
		if ("GET".equals(method) && (matcher = ORDER_PAYMENTS.matcher(path)).matches()) {
			return new Route("orders/{id}/payments", matcher.group(1));
		}
		if ("GET".equals(method) && (matcher = ORDER.matcher(path)).matches()) {
			return new Route("orders/{id}", matcher.group(1));
		}
		if ("POST".equals(method) && (matcher = CAPTURE.matcher(path)).matches()) {
			return new Route("payments/{id}/capture", matcher.group(1));
		}
		if ("POST".equals(method) && (matcher = REFUND.matcher(path)).matches()) {
			return new Route("payments/{id}/refund", matcher.group(1));
		}
		if ("GET".equals(method) && (matcher = REFUND.matcher(path)).matches()) {
			return new Route("payments/{id}/refunds", matcher.group(1));
		}
		if ("GET".equals(method) && (matcher = PAYMENT.matcher(path)).matches()) {
			return new Route("payments/{id}", matcher.group(1));
		}
		return new Route("unexpected " + path, null);
	}

	private Answer answer(Route route, String body) throws IOException {
		return switch (route.name()) {
			case "orders" -> createOrder(body);
			case "orders/{id}" -> order(route.id()).map(this::ok).orElseGet(RazorpayFake::notFound);
			case "orders/{id}/payments" -> order(route.id()).map(this::paymentsOf).orElseGet(RazorpayFake::notFound);
			case "payments/{id}" -> payment(route.id()).map(this::ok).orElseGet(RazorpayFake::notFound);
			case "payments/{id}/capture" -> payment(route.id()).map(this::ok).orElseGet(RazorpayFake::notFound);
			case "payments/{id}/refund" -> payment(route.id()).map(p -> refund(p, body))
				.orElseGet(RazorpayFake::notFound);
			case "payments/{id}/refunds" -> payment(route.id()).map(this::refundsOf).orElseGet(RazorpayFake::notFound);
			default -> error("BAD_REQUEST_ERROR", "The requested URL was not found on the server.");
		};
	}

	private Answer createOrder(String body) throws IOException {
		JsonNode request = json.readTree(body.isEmpty() ? "{}" : body);
		long amount = request.path("amount").asLong(0);
		if (amount < 100) {
			return error("BAD_REQUEST_ERROR", "The amount must be atleast INR 1.00");
		}
		String id = "order_" + random(14);
		ObjectNode order = json.createObjectNode()
			.put("id", id)
			.put("entity", "order")
			.put("amount", amount)
			.put("amount_paid", 0)
			.put("amount_due", amount)
			.put("currency", request.path("currency").asText("INR"))
			.put("receipt", request.path("receipt").asText(null))
			.putNull("offer_id")
			.put("status", "created")
			.put("attempts", 0)
			.put("created_at", System.currentTimeMillis() / 1000);
		order.set("notes", request.has("notes") ? request.get("notes") : json.createArrayNode());
		orders.put(id, order);
		return new Answer(200, order.toString(), bookingOf(order));
	}

	private Answer paymentsOf(ObjectNode order) {
		var items = json.createArrayNode();
		payments.values().stream().filter(p -> p.path("order_id").asText().equals(order.path("id").asText()))
			.forEach(items::add);
		ObjectNode collection = json.createObjectNode().put("entity", "collection").put("count", items.size());
		collection.set("items", items);
		return new Answer(200, collection.toString(), bookingOf(order));
	}

	private Answer refund(ObjectNode captured, String body) {
		long requested = readAmount(body).orElse(captured.path("amount").asLong());
		long refunded = captured.path("amount_refunded").asLong() + requested;
		ObjectNode payment = captured.deepCopy()
			.put("amount_refunded", refunded)
			.put("refund_status", refunded >= captured.path("amount").asLong() ? "full" : "partial")
			.put("status", "refunded");
		payments.put(payment.path("id").asText(), payment);
		ObjectNode refund = json.createObjectNode()
			.put("id", "rfnd_" + random(14))
			.put("entity", "refund")
			.put("amount", requested)
			.put("currency", payment.path("currency").asText())
			.put("payment_id", payment.path("id").asText())
			.putNull("receipt")
			.put("created_at", System.currentTimeMillis() / 1000)
			.putNull("batch_id")
			.put("status", "processed")
			.put("speed_processed", "normal")
			.put("speed_requested", "normal");
		refund.set("notes", json.createArrayNode());
		refunds.computeIfAbsent(payment.path("id").asText(), id -> new CopyOnWriteArrayList<>()).add(refund);
		ObjectNode order = orders.get(payment.path("order_id").asText());
		return new Answer(200, refund.toString(), order == null ? "unknown" : bookingOf(order));
	}

	private Answer refundsOf(ObjectNode payment) {
		var items = json.createArrayNode();
		refunds.getOrDefault(payment.path("id").asText(), List.of()).forEach(items::add);
		ObjectNode collection = json.createObjectNode().put("entity", "collection").put("count", items.size());
		collection.set("items", items);
		ObjectNode order = orders.get(payment.path("order_id").asText());
		return new Answer(200, collection.toString(), order == null ? null : bookingOf(order));
	}

	private Optional<Long> readAmount(String body) {
		try {
			JsonNode amount = json.readTree(body.isEmpty() ? "{}" : body).path("amount");
			return amount.isNumber() ? Optional.of(amount.asLong()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private Optional<ObjectNode> order(String id) {
		return Optional.ofNullable(orders.get(id));
	}

	private Optional<ObjectNode> payment(String id) {
		return Optional.ofNullable(payments.get(id));
	}

	private Answer ok(ObjectNode entity) {
		ObjectNode order = entity.has("receipt") ? entity : orders.get(entity.path("order_id").asText());
		return new Answer(200, entity.toString(), order == null ? null : bookingOf(order));
	}

	private ObjectNode payment(String id, ObjectNode order) {
		ObjectNode payment = json.createObjectNode()
			.put("id", id)
			.put("entity", "payment")
			.put("amount", order.path("amount").asLong())
			.put("currency", order.path("currency").asText())
			.put("status", "captured")
			.put("order_id", order.path("id").asText())
			.putNull("invoice_id")
			.put("international", false)
			.put("method", "upi")
			.put("amount_refunded", 0)
			.putNull("refund_status")
			.put("captured", true)
			.put("vpa", "customer@upi")
			.put("email", "customer@example.com")
			.put("contact", "+919800000000")
			.put("fee", 0)
			.put("tax", 0)
			.putNull("error_code")
			.putNull("error_description")
			.put("created_at", System.currentTimeMillis() / 1000);
		payment.set("notes", json.createArrayNode());
		return payment;
	}

	private static String bookingOf(ObjectNode order) {
		return MessageText.bookingId(order.path("receipt").asText("") + " " + order.path("notes").toString());
	}

	private static Answer notFound() {
		return error("BAD_REQUEST_ERROR", "The id provided does not exist");
	}

	private static Answer error(String code, String description) {
		return new Answer(400, "{\"error\":{\"code\":" + Json.quote(code) + ",\"description\":"
				+ Json.quote(description) + ",\"source\":\"business\",\"step\":\"payment_initiation\","
				+ "\"reason\":\"input_validation_failed\",\"metadata\":{}}}", null);
	}

	private static String random(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
		}
		return id.toString();
	}

	/**
	 * An operation of the API and the id in its path.
	 */
	private record Route(String name, String id) {
	}

	/**
	 * A status, a JSON body, and the booking the call was about, if it names one.
	 */
	private record Answer(int status, String json, String booking) {
	}

}
