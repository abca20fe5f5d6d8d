/**
 * The orchestrator behind bench/run: starts the stand-ins and the service, seeds it, drives
 * Gatling, samples the service's metrics, measures the database ceiling and writes the report.
 */
package com.bookingservice.bench.run;
