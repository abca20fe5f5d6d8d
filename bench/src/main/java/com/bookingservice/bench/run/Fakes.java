package com.bookingservice.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The stand-ins of Twilio, Razorpay and the mail server, in a process of their own.
 */
final class Fakes implements AutoCloseable {

	static final String DELAY = "2000-3000";

	private final Process process;

	private final int twilioPort;

	private final int razorpayPort;

	private final int smtpPort;

	private final Api control;

	private Fakes(Process process, int twilioPort, int razorpayPort, int smtpPort, Api control) {
		this.process = process;
		this.twilioPort = twilioPort;
		this.razorpayPort = razorpayPort;
		this.smtpPort = smtpPort;
		this.control = control;
	}

	static Fakes start(Children children, Path java, Path directory) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		int twilio = Ports.free();
		int razorpay = Ports.free();
		int smtp = Ports.free();
		int control = Ports.free();
		// The JDK's HTTP server closes idle connections beyond 200 by default; the service keeps
		// one per call in flight, and would find them closed when it takes them up again.
		List<String> command = List.of(java.toString(), "-Xmx512m", "-Dsun.net.httpserver.maxIdleConnections=20000",
				"-cp", System.getProperty("java.class.path"),
				"com.bookingservice.bench.fakes.FakeProviders", "--twilio-port", "" + twilio, "--razorpay-port",
				"" + razorpay, "--smtp-port", "" + smtp, "--control-port", "" + control, "--delay-ms", DELAY);
		Process process = children.start(command, Map.of(), directory, directory.resolve("fakes.log"));
		Api api = new Api("http://127.0.0.1:" + control);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (api.status("/health") != 200) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new IOException("The stand-ins did not start; see " + directory.resolve("fakes.log"));
			}
			Thread.sleep(100);
		}
		return new Fakes(process, twilio, razorpay, smtp, api);
	}

	String twilioUrl() {
		return "http://127.0.0.1:" + twilioPort;
	}

	String razorpayUrl() {
		return "http://127.0.0.1:" + razorpayPort;
	}

	int smtpPort() {
		return smtpPort;
	}

	String controlUrl() {
		return control.baseUrl();
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	JsonNode summary() throws IOException, InterruptedException {
		return control.get("/summary", null);
	}

	JsonNode receipts() throws IOException, InterruptedException {
		return control.get("/receipts", null);
	}

	@Override
	public void close() {
		Children.stop(process.toHandle());
	}

}
