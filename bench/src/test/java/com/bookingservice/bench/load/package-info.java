/**
 * The Gatling load: what customers, staff and Razorpay do to the booking service, in an open
 * model, as stairs of rising arrival rates to find the capacity or as one steady rate.
 */
package com.bookingservice.bench.load;
