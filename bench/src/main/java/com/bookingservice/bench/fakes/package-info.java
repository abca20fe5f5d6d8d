/**
 * Stand-ins of Twilio, Razorpay and a mail server that answer slowly, hold thousands of calls
 * at once, and count what they were sent, per booking and channel.
 */
package com.bookingservice.bench.fakes;
