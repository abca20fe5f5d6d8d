/**
 * The database ceiling: the statements of one booking, run in a plain JDBC loop at the
 * service's pool size against the same PostgreSQL, to show how many bookings per second the
 * database itself can commit.
 */
package com.bookingservice.bench.ceiling;
