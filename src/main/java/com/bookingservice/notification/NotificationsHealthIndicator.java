package com.bookingservice.notification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code notifications} health: down while every one of a channel's last few sends in this
 * instance failed, with the failing channels named in the details. Messages that are only
 * logged, for want of a provider, do not count.
 */
@Component
class NotificationsHealthIndicator implements HealthIndicator {

	private final int window;

	private final Map<Channel, Deque<Boolean>> recent = new EnumMap<>(Channel.class);

	@Autowired
	NotificationsHealthIndicator(NotificationProperties properties) {
		this(properties.unhealthyAfter());
	}

	NotificationsHealthIndicator(int window) {
		this.window = window;
		for (Channel channel : Channel.values()) {
			recent.put(channel, new ArrayDeque<>(window));
		}
	}

	/**
	 * Remembers how a provider call of the channel went.
	 */
	void record(Channel channel, boolean succeeded) {
		Deque<Boolean> sends = recent.get(channel);
		synchronized (sends) {
			if (sends.size() == window) {
				sends.removeFirst();
			}
			sends.addLast(succeeded);
		}
	}

	@Override
	public Health health() {
		List<String> failing = recent.keySet().stream().filter(this::isFailing).map(Channel::value).toList();
		Health.Builder health = failing.isEmpty() ? Health.up() : Health.down();
		return health.withDetail("failing_channels", failing).withDetail("window", window).build();
	}

	private boolean isFailing(Channel channel) {
		Deque<Boolean> sends = recent.get(channel);
		synchronized (sends) {
			return sends.size() == window && !sends.contains(Boolean.TRUE);
		}
	}

}
