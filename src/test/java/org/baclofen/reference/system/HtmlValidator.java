package org.baclofen.reference.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The Nu HTML Checker (vnu.jar from npm's vnu-jar), run once out of process over a folder
 * of pages.
 */
public final class HtmlValidator {

	private static final Path DEFAULT_JAR = Path.of(System.getProperty("user.home"),
			".cache/baclofen-reference/vnu/node_modules/vnu-jar/build/dist/vnu.jar");

	private HtmlValidator() {
	}

	static Path jar() {
		String configured = System.getenv("VNU_JAR");
		Path jar = (configured == null || configured.isBlank()) ? DEFAULT_JAR : Path.of(configured);
		if (!Files.isRegularFile(jar)) {
			String reason = "Nu HTML Checker not found at " + jar
					+ ": run .ci/run once, or npm install vnu-jar and set VNU_JAR";
			if (TestPostgres.required()) {
				throw new IllegalStateException(reason + ". CI requires HTML validation: failing the build.");
			}
			System.err.println("SKIPPING HTML VALIDATION: " + reason);
			Assumptions.abort(reason);
		}
		return jar;
	}

	/**
	 * Validates every .html file in the folder and returns the checker's error lines
	 * (none when valid).
	 */
	public static List<String> errors(Path folder) throws IOException, InterruptedException {
		Path report = Files.createTempFile("vnu", ".txt");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				jar().toString(), "--errors-only", "--skip-non-html", folder.toString())
			.redirectErrorStream(true)
			.redirectOutput(report.toFile())
			.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The Nu HTML Checker did not finish in 3 minutes");
		}
		List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
		Files.delete(report);
		return lines.stream().filter((line) -> !line.isBlank()).toList();
	}

}
