package com.bookingservice.bench.fakes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail server that speaks just enough SMTP for Jakarta Mail: a greeting, EHLO or HELO,
 * MAIL, RCPT, DATA up to the lone dot, RSET, NOOP and QUIT. It takes every message, answers
 * the end of its data after the delay, and records what it was about. One virtual thread
 * serves each connection.
 */
final class SmtpFake implements AutoCloseable {

	private static final int READ_TIMEOUT_MILLIS = 120_000;

	private static final Pattern SUBJECT = Pattern.compile("(?im)^Subject:(.*)$");

	private static final Pattern BASE64_BLOCK = Pattern.compile("(?m)(?:^[A-Za-z0-9+/=]{16,}\\r?\\n)+");

	private final Receipts receipts;

	private final Delay delay;

	private ServerSocket server;

	SmtpFake(Receipts receipts, Delay delay) {
		this.receipts = receipts;
		this.delay = delay;
	}

	void start(int port) throws IOException {
		server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), Http.BACKLOG);
		Thread.ofPlatform().daemon().name("smtp-accept").start(this::acceptAll);
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

	private void acceptAll() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread.ofVirtual().name("smtp-session").start(() -> serve(socket));
			}
			catch (IOException ex) {
				if (!server.isClosed()) {
					System.err.println("The mail stand-in could not accept a connection: " + ex);
				}
			}
		}
	}

	private void serve(Socket socket) {
		try (socket; var call = receipts.open("smtp", "connection")) {
			socket.setSoTimeout(READ_TIMEOUT_MILLIS);
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			OutputStream out = socket.getOutputStream();
			converse(in, out);
		}
		catch (IOException ex) {
			receipts.count("smtp", "broken connection");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void converse(BufferedReader in, OutputStream out) throws IOException, InterruptedException {
		reply(out, "220 localhost ESMTP bench stand-in");
		String line;
		while ((line = in.readLine()) != null) {
			String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
					: line.substring(0, 4).toUpperCase(Locale.ROOT);
			switch (command) {
				case "EHLO" -> reply(out, "250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760");
				case "HELO" -> reply(out, "250 localhost");
				case "MAIL" -> reply(out, "250 2.1.0 Ok");
				case "RCPT" -> reply(out, "250 2.1.5 Ok");
				case "DATA" -> receive(in, out);
				case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
				case "QUIT" -> {
					reply(out, "221 2.0.0 Bye");
					return;
				}
				default -> reply(out, "502 5.5.2 Command not recognized");
			}
		}
	}

	private void receive(BufferedReader in, OutputStream out) throws IOException, InterruptedException {
		reply(out, "354 End data with <CR><LF>.<CR><LF>");
		StringBuilder data = new StringBuilder();
		String line;
		while ((line = in.readLine()) != null && !line.equals(".")) {
			data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
		}
		long receivedAt = System.currentTimeMillis();

		receipts.count("smtp", "message");
		delay.await();
		record(data.toString(), receivedAt);
		reply(out, "250 2.0.0 Ok: queued");
	}

	private void record(String message, long receivedAt) {
		String text = readable(message);
		Matcher subject = SUBJECT.matcher(message);
		String event = subject.find() ? MessageText.event(subject.group(1)) : MessageText.UNKNOWN;
		if (event.equals(MessageText.UNKNOWN)) {
			event = MessageText.event(text);
		}
		receipts.add(new Receipts.Receipt("email", MessageText.bookingId(text), event, receivedAt,
				System.currentTimeMillis()));
	}

	/**
	 * The message with quoted-printable soft line breaks joined and base64 parts decoded, so
	 * that a booking's id split over lines can still be found.
	 */
	private static String readable(String message) {
		StringBuilder text = new StringBuilder(message.replaceAll("=\\r?\\n", ""));
		Matcher blocks = BASE64_BLOCK.matcher(message);
		while (blocks.find()) {
			try {
				byte[] decoded = Base64.getMimeDecoder().decode(blocks.group());
				text.append('\n').append(new String(decoded, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				// Not base64 after all: a long word on a line of its own.
			}
		}
		return text.toString();
	}

	private static void reply(OutputStream out, String reply) throws IOException {
		out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

}
