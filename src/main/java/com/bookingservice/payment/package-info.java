/**
 * Online payment of bookings with Razorpay: orders, signed confirmations, webhooks, refunds.
 */
package com.bookingservice.payment;
