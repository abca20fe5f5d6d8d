/**
 * The zero-setup database: an embedded PostgreSQL server used when no database is configured.
 */
package com.bookingservice.database;
