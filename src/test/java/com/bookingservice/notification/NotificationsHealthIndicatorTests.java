package com.bookingservice.notification;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifications health follows the last few sends of each channel.
 */
class NotificationsHealthIndicatorTests {

	private final NotificationsHealthIndicator health = new NotificationsHealthIndicator(5);

	@Test
	void isUpBeforeAnythingWasSent() {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void isDownWhileEveryRecentSendOfAChannelFailed() {
		recordFailures(Channel.WHATSAPP, 5);
		health.record(Channel.SMS, true);

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.health().getDetails()).containsEntry("failing_channels", List.of("whatsapp"));
	}

	@Test
	void staysUpWhileFewerFailuresThanTheWindowFollowASuccess() {
		health.record(Channel.EMAIL, true);
		recordFailures(Channel.EMAIL, 4);

		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void recoversWithTheNextSuccess() {
		recordFailures(Channel.SMS, 7);

		health.record(Channel.SMS, true);

		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private void recordFailures(Channel channel, int count) {
		for (int i = 0; i < count; i++) {
			health.record(channel, false);
		}
	}

}
