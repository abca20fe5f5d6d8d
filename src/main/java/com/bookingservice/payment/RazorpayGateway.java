package com.bookingservice.payment;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.razorpay.Entity;
import com.razorpay.Order;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.json.JSONObject;

/**
 * Razorpay's API, called through its Java SDK.
 * <p>
 * The SDK sends every request with one OkHttp client that it keeps in a static field,
 * {@code client}, of its package-private {@code com.razorpay.ApiUtils}, to the fixed host
 * {@code api.razorpay.com}, and builds its own client there only while the field is empty.
 * The SDK's own tests put a client of their choosing into that field, and so does this
 * class, before it makes the SDK's {@link RazorpayClient}: a client with the configured
 * connect, write and read time-outs and an interceptor that moves each request to the
 * scheme, host and port of the configured base URL. The same SDK calls thus reach Razorpay
 * or a local stand-in of it. The field belongs to the whole JVM, so the last gateway made
 * in a JVM decides where every SDK call goes.
 */
class RazorpayGateway implements AutoCloseable {

	private static final int MAX_REASON_LENGTH = 300;

	private final RazorpayProperties properties;

	private final OkHttpClient http;

	private final RazorpayClient client;

	private RazorpayGateway(RazorpayProperties properties, OkHttpClient http, RazorpayClient client) {
		this.properties = properties;
		this.http = http;
		this.client = client;
	}

	/**
	 * A gateway that calls Razorpay when its keys are set, and otherwise one that only says
	 * it is not configured.
	 */
	static RazorpayGateway of(RazorpayProperties properties) {
		if (!properties.hasKeys()) {
			return new RazorpayGateway(properties, null, null);
		}

		OkHttpClient http = httpClient(properties);
		installInSdk(http);
		try {
			return new RazorpayGateway(properties, http, new RazorpayClient(properties.keyId(),
					properties.keySecret()));
		}
		catch (RazorpayException ex) {
			throw new IllegalStateException("The Razorpay SDK could not be set up: " + ex.getMessage(), ex);
		}
	}

	boolean configured() {
		return client != null;
	}

	String keyId() {
		return properties.keyId();
	}

	/**
	 * Creates an order for a booking's price, with the booking's id as its receipt.
	 *
	 * @return the order's id
	 */
	String createOrder(UUID bookingId, long amount, String currency) {
		JSONObject request = new JSONObject().put("amount", amount)
			.put("currency", currency)
			.put("receipt", bookingId.toString())
			.put("notes", new JSONObject().put("booking_id", bookingId.toString()));
		Order order = call(() -> client.orders.create(request));
		return order.get("id");
	}

	/**
	 * The payments made, or tried, against an order.
	 */
	List<ProviderPayment> paymentsOf(String orderId) {
		return call(() -> client.orders.fetchPayments(orderId)).stream().map(ProviderPayment::of).toList();
	}

	/**
	 * Refunds a payment in full, at normal speed.
	 */
	ProviderRefund refund(String paymentId, long amount, UUID bookingId, String reason) {
		JSONObject request = new JSONObject().put("amount", amount)
			.put("speed", "normal")
			.put("notes", new JSONObject().put("booking_id", bookingId.toString()).put("reason", reason));
		return ProviderRefund.of(call(() -> client.payments.refund(paymentId, request)));
	}

	List<ProviderRefund> refundsOf(String paymentId) {
		return call(() -> client.payments.fetchAllRefunds(paymentId)).stream().map(ProviderRefund::of).toList();
	}

	/**
	 * Whether checkout's signature over an order and payment was made with the key secret.
	 */
	boolean isPaymentSignatureValid(String orderId, String paymentId, String signature) {
		JSONObject attributes = new JSONObject().put("razorpay_order_id", orderId)
			.put("razorpay_payment_id", paymentId)
			.put("razorpay_signature", signature);
		return verify(() -> Utils.verifyPaymentSignature(attributes, properties.keySecret()));
	}

	/**
	 * Whether a webhook's body was signed with the webhook secret.
	 */
	boolean isWebhookSignatureValid(String body, String signature) {
		return verify(() -> Utils.verifyWebhookSignature(body, signature, properties.webhookSecret()));
	}

	@Override
	public void close() {
		if (http != null) {
			http.dispatcher().executorService().shutdown();
			http.connectionPool().evictAll();
		}
	}

	private <T> T call(SdkCall<T> call) {
		if (client == null) {
			throw new RazorpayCallFailed("Razorpay's API keys are not set", null);
		}
		try {
			return call.run();
		}
		catch (RazorpayException ex) {
			throw new RazorpayCallFailed(reason(ex), ex);
		}
		catch (RuntimeException ex) {
			throw new RazorpayCallFailed(ex.getClass().getSimpleName(), ex);
		}
	}

	private static boolean verify(SdkCall<Boolean> check) {
		try {
			return check.run();
		}
		catch (RazorpayException ex) {
			return false;
		}
	}

	/**
	 * What went wrong, in one short line: Razorpay's error code and description, or the SDK's
	 * message for a failure to reach it.
	 */
	private static String reason(RazorpayException ex) {
		String reason = ex.getCode() != null ? ex.getCode() + ": " + ex.getDescription()
				: String.valueOf(ex.getMessage()).replaceAll("\\s+", " ");
		if (ex.getStatusCode() > 0) {
			reason = "HTTP " + ex.getStatusCode() + ", " + reason;
		}
		reason = reason.replaceAll("[.\\s]+$", "");
		return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
	}

	private static OkHttpClient httpClient(RazorpayProperties properties) {
		return new OkHttpClient.Builder()
			.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.writeTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.addInterceptor(new BaseUrl(properties.baseUrl()))
			.build();
	}

	private static void installInSdk(OkHttpClient http) {
		try {
			Field field = Class.forName("com.razorpay.ApiUtils").getDeclaredField("client");
			field.setAccessible(true);
			field.set(null, http);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("This version of the Razorpay SDK keeps its HTTP client elsewhere; "
					+ "look for it again before upgrading.", ex);
		}
	}

	/**
	 * One call into the SDK.
	 */
	@FunctionalInterface
	private interface SdkCall<T> {

		T run() throws RazorpayException;

	}

	/**
	 * Sends each request to the scheme, host and port of the base URL, keeping its path and
	 * query.
	 */
	private static final class BaseUrl implements Interceptor {

		private final HttpUrl base;

		BaseUrl(URI baseUrl) {
			this.base = HttpUrl.get(baseUrl);
		}

		@Override
		public Response intercept(Chain chain) throws IOException {
			Request request = chain.request();
			HttpUrl url = request.url().newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
			return chain.proceed(request.newBuilder().url(url).build());
		}

	}

	/**
	 * A payment as Razorpay tells of it.
	 *
	 * @param id its id, {@code pay_...}
	 * @param orderId the order it pays
	 * @param status created, authorized, captured, refunded or failed
	 */
	record ProviderPayment(String id, String orderId, String status) {

		static ProviderPayment of(Entity payment) {
			JSONObject json = payment.toJson();
			return new ProviderPayment(json.optString("id", null), json.optString("order_id", null),
					json.optString("status", null));
		}

		boolean captured() {
			return "captured".equals(status);
		}

	}

	/**
	 * A refund as Razorpay tells of it.
	 *
	 * @param id its id, {@code rfnd_...}
	 * @param paymentId the payment it returns
	 * @param status pending, processed or failed
	 */
	record ProviderRefund(String id, String paymentId, String status) {

		static ProviderRefund of(Entity refund) {
			JSONObject json = refund.toJson();
			return new ProviderRefund(json.optString("id", null), json.optString("payment_id", null),
					json.optString("status", null));
		}

		boolean failed() {
			return "failed".equals(status);
		}

	}

	/**
	 * Razorpay could not be reached, did not answer in time, or refused the call.
	 */
	static final class RazorpayCallFailed extends RuntimeException {

		RazorpayCallFailed(String reason, Throwable cause) {
			super(reason, cause);
		}

	}

}
