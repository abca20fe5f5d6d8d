/**
 * Tells customers about their bookings by SMS, WhatsApp and e-mail, from a durable ledger, off the request path.
 */
package com.bookingservice.notification;
