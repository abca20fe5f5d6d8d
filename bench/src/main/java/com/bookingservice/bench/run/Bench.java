package com.bookingservice.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark: the service as it is, the service sending notifications inside the
 * request, and the database ceiling, one after the other on fresh databases, then writes the
 * Markdown report. Meant to be started by bench/run, which builds everything first.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Files.createDirectories(options.work());
		Instant began = Instant.now();
		Machine machine = Machine.describe(options.java());
		List<Results.Variant> variants = new ArrayList<>();
		Results.Ceiling ceiling = null;
		boolean failed = false;

		try (Children children = new Children(options.pidFile())) {
			Runtime.getRuntime().addShutdownHook(new Thread(children::close));
			for (String name : List.of("async", "inline")) {
				if (options.parts().contains(name)) {
					Results.Variant variant = new VariantRun(options, children, name).run();
					failed |= variant.skipped() != null && variant.skipped().startsWith("Failed");
					variants.add(variant);
				}
			}
			if (options.parts().contains("ceiling")) {
				ceiling = new CeilingRun(options, children).run();
				failed |= ceiling.skipped() != null;
			}
		}

		Path report = Report.write(options, machine, began, Instant.now(), variants, ceiling);
		System.out.println("The report is " + report);
		if (failed) {
			System.exit(1);
		}
	}

}
