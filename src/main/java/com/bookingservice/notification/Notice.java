package com.bookingservice.notification;

/**
 * What a customer is told, in each form a channel may need.
 *
 * @param subject a one-line summary, the subject of an e-mail
 * @param text the message as plain text, the whole of an SMS or WhatsApp message
 * @param html the message as an HTML document, for e-mail
 */
record Notice(String subject, String text, String html) {
}
