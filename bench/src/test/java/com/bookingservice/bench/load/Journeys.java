package com.bookingservice.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What each kind of virtual user does, with request names that may carry the stair they
 * started on. A customer books a slot (pending) or books and pays online; a browser looks at
 * the catalog, slots and their bookings; staff confirm the oldest pending booking and then
 * complete or cancel it, and now and then cancel a paid booking. Razorpay sends the
 * payment.captured webhook after each online payment.
 */
final class Journeys {

	private static final Duration THINK_MIN = Duration.ofMillis(300);

	private static final Duration THINK_MAX = Duration.ofMillis(1200);

	/**
	 * Users under way per booking per second beyond which a stair is overwhelmed: a healthy
	 * service has about eight, two users per booking for some four seconds each.
	 */
	private static final int USERS_IN_FLIGHT_PER_BOOKING = 30;

	private final LoadPlan plan;

	private final Seed seed;

	private final String prefix;

	private final ZoneId zone;

	private final int maxUsersInFlight;

	Journeys(LoadPlan plan, Seed seed, String prefix, double rate) {
		this.plan = plan;
		this.seed = seed;
		this.prefix = prefix;
		this.zone = ZoneId.of(seed.zone());
		this.maxUsersInFlight = (int) Math.max(plan.maxUsersInFlight(), USERS_IN_FLIGHT_PER_BOOKING * rate);
	}

	/**
	 * A customer books a slot to pay at the counter, reads it back, and one in ten cancels it.
	 */
	ChainBuilder book() {
		return guarded(feed(customers()).exec(this::pickSlotDay).exec(slots())
			.exec(think())
			.exec(http(name("POST /bookings")).post("/bookings/")
				.header("Authorization", "Bearer #{token}")
				.header("Idempotency-Key", "#{idempotencyKey}")
				.body(StringBody("{\"service_id\":\"#{serviceId}\",\"starts_at\":\"#{startsAt}\",\"notes\":\"bench\"}"))
				.asJson()
				.check(status().is(201), jsonPath("$.id").saveAs("bookingId"),
						jsonPath("$.created_at").optional().saveAs("changedAt")))
			.exec(session -> committed(session, "received"))
			.exec(think())
			.exec(customer(http(name("GET /bookings/{id}")).get("/bookings/#{bookingId}")).check(status().is(200)))
			.exec(session -> session.set("roll", roll()))
			.doIfOrElse(session -> session.getInt("roll") < 10)
			.then(exec(customer(http(name("PUT /bookings/{id}/cancel (customer)")).put("/bookings/#{bookingId}/cancel"))
				.check(status().is(200), jsonPath("$.updated_at").optional().saveAs("changedAt")))
				.exec(session -> committed(session, "cancelled")))
			.orElse(exec(session -> offer(Handoffs.PENDING, session))));
	}

	/**
	 * A customer holds a slot, pays the Razorpay order at the checkout and has the payment
	 * verified; Razorpay then sends its webhook.
	 */
	ChainBuilder bookAndPay() {
		return guarded(feed(customers()).exec(this::pickSlotDay).exec(slots())
			.exec(think())
			.exec(http(name("POST /bookings/razorpay-booking")).post("/bookings/razorpay-booking")
				.header("Authorization", "Bearer #{token}")
				.header("Idempotency-Key", "#{idempotencyKey}")
				.body(StringBody("{\"service_id\":\"#{serviceId}\",\"starts_at\":\"#{startsAt}\"}"))
				.asJson()
				.check(status().is(201), jsonPath("$.id").saveAs("bookingId"),
						jsonPath("$.razorpay.order_id").saveAs("orderId"),
						jsonPath("$.amount").ofLong().saveAs("amount")))
			.exec(this::pay)
			.exec(http("provider: checkout").post(plan.controlUrl() + "/checkout")
				.formParam("order_id", "#{orderId}")
				.formParam("payment_id", "#{paymentId}")
				.check(status().is(200)))
			.exec(http(name("POST /bookings/verify-payment")).post("/bookings/verify-payment")
				.header("Authorization", "Bearer #{token}")
				.body(StringBody("{\"razorpay_order_id\":\"#{orderId}\",\"razorpay_payment_id\":\"#{paymentId}\","
						+ "\"razorpay_signature\":\"#{signature}\"}"))
				.asJson()
				.check(status().in(200, 201), jsonPath("$.updated_at").optional().saveAs("changedAt")))
			.exec(session -> committed(session, "confirmed"))
			.exec(http(name("POST /webhooks/razorpay")).post("/webhooks/razorpay")
				.header("X-Razorpay-Signature", "#{webhookSignature}")
				.header("X-Razorpay-Event-Id", "#{eventId}")
				.body(StringBody("#{webhookBody}"))
				.asJson()
				.check(status().in(200, 202, 204)))
			.exec(think())
			.exec(customer(http(name("GET /bookings/{id}")).get("/bookings/#{bookingId}")).check(status().is(200)))
			.exec(session -> offer(Handoffs.PAID, session)));
	}

	/**
	 * A customer looks at the catalog, a day's slots and their own bookings, and books nothing.
	 */
	ChainBuilder browse() {
		return guarded(feed(customers()).exec(this::pickSlotDay)
			.exec(customer(http(name("GET /services")).get("/services")).check(status().is(200)))
			.exec(think())
			.exec(slots())
			.exec(think())
			.exec(customer(http(name("GET /bookings (customer)")).get("/bookings?size=10")).check(status().is(200))));
	}

	/**
	 * Staff list what is pending, confirm the oldest booking handed over, and complete (70%) or
	 * cancel (15%) it; one in ten also cancels a paid booking, which is refunded.
	 */
	ChainBuilder staff() {
		return guarded(exec(admin(http(name("GET /bookings (admin, pending)")).get("/bookings?status=pending&size=20"))
			.check(status().is(200)))
			.exec(session -> session.set("target", take(Handoffs.PENDING)).set("roll", roll()))
			.doIf(session -> !session.getString("target").isEmpty())
			.then(exec(move("confirm", "confirmed"))
				.doIf(session -> session.getInt("roll") < 70).then(exec(think()).exec(move("complete", "completed")))
				.doIf(session -> session.getInt("roll") >= 70 && session.getInt("roll") < 85)
				.then(exec(think()).exec(move("cancel", "cancelled"))))
			.doIf(session -> session.getInt("roll") >= 90)
			.then(exec(session -> session.set("target", take(Handoffs.PAID)))
				.doIf(session -> !session.getString("target").isEmpty())
				.then(exec(move("cancel", "cancelled")))));
	}

	private ChainBuilder move(String action, String event) {
		String path = "PUT /bookings/{id}/" + action + (action.equals("cancel") ? " (admin)" : "");
		return exec(admin(http(name(path)).put("/bookings/#{target}/" + action))
			.check(status().is(200), jsonPath("$.updated_at").optional().saveAs("changedAt")))
			.exec(session -> {
				Handoffs.committed(session.getString("target"), event, changedAt(session), System.currentTimeMillis());
				return session.remove("changedAt");
			});
	}

	private HttpRequestActionBuilder slots() {
		return customer(http(name("GET /services/{id}/slots")).get("/services/#{serviceId}/slots?date=#{date}"))
			.check(status().is(200), jsonPath("$.slots[*].starts_at").findRandom().saveAs("startsAt"));
	}

	/**
	 * Stops the load once too many users are under way, and keeps the count of users in flight
	 * right when a user fails part-way.
	 */
	private ChainBuilder guarded(ChainBuilder journey) {
		return exec(session -> {
			Handoffs.IN_FLIGHT.incrementAndGet();
			return session;
		}).exec(io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf(
				session -> "More than " + maxUsersInFlight + " users under way: the service is overwhelmed.",
				session -> Handoffs.IN_FLIGHT.get() > maxUsersInFlight))
			.exitBlockOnFail()
			.on(journey)
			.exec(session -> {
				Handoffs.IN_FLIGHT.decrementAndGet();
				return session;
			});
	}

	private Session pickSlotDay(Session session) {
		List<String> services = seed.services();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate day = LocalDate.now(zone).plusDays(2 + random.nextInt(plan.daysAhead()));
		return session.set("serviceId", services.get(random.nextInt(services.size())))
			.set("date", day.toString())
			.set("idempotencyKey", UUID.randomUUID().toString());
	}

	private Session pay(Session session) {
		String orderId = session.getString("orderId");
		String paymentId = Razorpay.id("pay");
		String webhook = Razorpay.paymentCaptured(paymentId, orderId, session.getLong("amount"));
		return session.set("paymentId", paymentId)
			.set("signature", Razorpay.paymentSignature(orderId, paymentId, plan.keySecret()))
			.set("webhookBody", webhook)
			.set("webhookSignature", Razorpay.webhookSignature(webhook, plan.webhookSecret()))
			.set("eventId", Razorpay.id("evt"));
	}

	private Iterator<Map<String, Object>> customers() {
		AtomicLong next = new AtomicLong();
		List<Seed.Customer> all = seed.customers();
		return Stream.generate(() -> {
			Seed.Customer customer = all.get((int) (next.getAndIncrement() % all.size()));
			return Map.<String, Object>of("token", customer.token(), "customerId", customer.id());
		}).iterator();
	}

	private HttpRequestActionBuilder customer(HttpRequestActionBuilder request) {
		return request.header("Authorization", "Bearer #{token}");
	}

	private HttpRequestActionBuilder admin(HttpRequestActionBuilder request) {
		return request.header("Authorization", "Bearer " + seed.adminToken());
	}

	private String name(String request) {
		return prefix + request;
	}

	private static ChainBuilder think() {
		return pause(THINK_MIN, THINK_MAX);
	}

	private static Session committed(Session session, String event) {
		Handoffs.committed(session.getString("bookingId"), event, changedAt(session), System.currentTimeMillis());
		return session.remove("changedAt");
	}

	private static String changedAt(Session session) {
		return session.contains("changedAt") ? session.getString("changedAt") : null;
	}

	private static Session offer(java.util.Queue<String> queue, Session session) {
		queue.add(session.getString("bookingId"));
		return session;
	}

	private static String take(java.util.Queue<String> queue) {
		String id = queue.poll();
		return id == null ? "" : id;
	}

	private static int roll() {
		return ThreadLocalRandom.current().nextInt(100);
	}

}
