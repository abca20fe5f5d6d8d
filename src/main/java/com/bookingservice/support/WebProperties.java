package com.bookingservice.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what clients may send.
 *
 * @param maxRequestBody the largest request body accepted; larger ones are answered with 413
 */
@ConfigurationProperties("booking.web")
record WebProperties(@DefaultValue("64KB") DataSize maxRequestBody) {
}
