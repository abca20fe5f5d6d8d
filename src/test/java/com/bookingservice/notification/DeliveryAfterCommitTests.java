package com.bookingservice.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.bookingservice.booking.BookingCancelled;
import com.bookingservice.booking.BookingCompleted;
import com.bookingservice.booking.BookingConfirmed;
import com.bookingservice.booking.BookingExpired;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries are written in the booking's own transaction and sent only once it has committed:
 * a change that is rolled back sends nothing.
 */
class DeliveryAfterCommitTests extends NotificationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DataSource dataSource;

	@Test
	void sendsNothingWhileTheBookingsTransactionIsOpen() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "sms", "sent");

		inTransaction(() -> {
			events.publishEvent(new BookingCompleted(UUID.fromString(booking)));

			await().during(Duration.ofMillis(700)).atMost(PATIENCE)
				.until(() -> bodiesTo(contact.get("phone"), "is complete").isEmpty());
			assertThat(committedDeliveries(booking, "completed")).isZero();
		});

		awaitStatus(booking, "completed", "sms", "sent");
		assertThat(bodiesTo(contact.get("phone"), "is complete")).hasSize(1);
	}

	@Test
	void aChangeThatIsRolledBackSendsNothing() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);
		awaitStatus(booking, "received", "sms", "sent");

		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			events.publishEvent(new BookingCancelled(UUID.fromString(booking)));
			throw new IllegalStateException("The change fails after its event was published.");
		}));

		assertThat(committedDeliveries(booking, "cancelled")).isZero();
		assertThat(deliveries(booking)).extracting(node -> node.path("event").asString()).containsOnly("received");
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
			.until(() -> bodiesTo(contact.get("phone"), "is cancelled").isEmpty());
	}

	@Test
	void anEventPublishedTwiceIsDeliveredOnce() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);

		inTransaction(() -> events.publishEvent(new BookingConfirmed(UUID.fromString(booking))));
		inTransaction(() -> events.publishEvent(new BookingConfirmed(UUID.fromString(booking))));

		awaitStatus(booking, "confirmed", "sms", "sent");
		assertThat(committedDeliveries(booking, "confirmed")).isEqualTo(3);
		await().during(Duration.ofSeconds(1)).atMost(PATIENCE)
			.until(() -> bodiesTo(contact.get("phone"), "is confirmed").size() == 1);
	}

	@Test
	void anExpiredHoldIsAnnounced() {
		Map<String, String> contact = freshContact();
		String booking = bookWith(contact);

		inTransaction(() -> events.publishEvent(new BookingExpired(UUID.fromString(booking))));

		awaitStatus(booking, "expired", "whatsapp", "sent");
		assertThat(messagesTo("whatsapp:" + contact.get("whatsapp")))
			.extracting(request -> request.formParameter("Body").firstValue())
			.anySatisfy(body -> assertThat(body).contains(booking, "expired before it was paid"));
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
	}

	private static List<String> bodiesTo(String number, String phrase) {
		return messagesTo(number).stream()
			.map(request -> request.formParameter("Body").firstValue())
			.filter(body -> body.contains(phrase))
			.toList();
	}

	/**
	 * Counts a booking's deliveries of an event as another connection sees them, outside any
	 * transaction the test may have open.
	 */
	private int committedDeliveries(String booking, String event) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement query = connection.prepareStatement(
						"select count(*) from notification_deliveries where booking_id = ? and event = ?")) {
			query.setObject(1, UUID.fromString(booking));
			query.setString(2, event);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
