package com.bookingservice.payment;

/**
 * What the app's Razorpay checkout needs to take a booking's payment.
 *
 * @param orderId the Razorpay order to pay
 * @param amount the amount in the currency's smallest unit (paise)
 * @param currency the ISO 4217 currency code
 * @param keyId the public key id that checkout opens with
 */
record CheckoutDetails(String orderId, long amount, String currency, String keyId) {
}
