package com.bookingservice.bench.fakes;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Starts the stand-ins of Twilio, Razorpay and the mail server, and a control port that
 * tells what they received and takes the load's payments at the checkout. Runs until it is
 * stopped.
 *
 * <pre>
 * java ... FakeProviders --twilio-port 18101 --razorpay-port 18102 --smtp-port 18103
 *     --control-port 18100 [--delay-ms 2000-3000]
 * </pre>
 */
public final class FakeProviders {

	private FakeProviders() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Map<String, String> options = options(args);
		Delay delay = delay(options.getOrDefault("delay-ms", "2000-3000"));
		Receipts receipts = new Receipts();

		HttpServer twilio = new TwilioFake(receipts, delay).start(port(options, "twilio-port"));
		RazorpayFake razorpay = new RazorpayFake(receipts, delay);
		HttpServer razorpayServer = razorpay.start(port(options, "razorpay-port"));
		SmtpFake smtp = new SmtpFake(receipts, delay);
		smtp.start(port(options, "smtp-port"));
		HttpServer control = control(port(options, "control-port"), receipts, razorpay, delay);

		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			control.stop(0);
			twilio.stop(0);
			razorpayServer.stop(0);
			close(smtp);
			stopped.countDown();
		}));
		System.out.println("Fake providers ready, answering after " + delay + ".");
		stopped.await();
	}

	private static HttpServer control(int port, Receipts receipts, RazorpayFake razorpay, Delay delay)
			throws IOException {
		HttpServer server = Http.server(port);
		server.createContext("/health", exchange -> Http.send(exchange, 200, "text/plain", "ok"));
		server.createContext("/summary", exchange -> Http.json(exchange, 200,
				"{\"delay\":" + Json.quote(delay.toString()) + ",\"counts\":" + receipts.summaryJson() + "}"));
		server.createContext("/receipts", exchange -> Http.json(exchange, 200, receipts.receiptsJson()));
		server.createContext("/checkout", exchange -> checkout(exchange, razorpay));
		server.start();
		return server;
	}

	/**
	 * The customer pays an order at Razorpay's checkout: {@code POST /checkout} with the form
	 * fields order_id and payment_id.
	 */
	private static void checkout(HttpExchange exchange, RazorpayFake razorpay) throws IOException {
		Map<String, String> form = Http.form(Http.body(exchange));
		boolean paid = razorpay.pay(form.getOrDefault("order_id", ""), form.getOrDefault("payment_id", ""));
		Http.json(exchange, paid ? 200 : 404, "{\"paid\":" + paid + "}");
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected an option such as --twilio-port, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static int port(Map<String, String> options, String name) {
		String port = options.get(name);
		if (port == null) {
			throw new IllegalArgumentException("--" + name + " is required.");
		}
		return Integer.parseInt(port);
	}

	private static Delay delay(String range) {
		String[] bounds = range.split("-", 2);
		long min = Long.parseLong(bounds[0].trim());
		long max = bounds.length > 1 ? Long.parseLong(bounds[1].trim()) : min;
		return Delay.ofMillis(min, max);
	}

	private static void close(SmtpFake smtp) {
		try {
			smtp.close();
		}
		catch (IOException ex) {
			System.err.println("The mail stand-in did not close cleanly: " + ex);
		}
	}

}
