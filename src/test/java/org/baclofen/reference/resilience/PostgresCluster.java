package org.baclofen.reference.resilience;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A local Debian PostgreSQL cluster driven with {@code pg_ctlcluster}, so a scenario can
 * stop and start the database under a running application. Where there is none, the
 * scenario is skipped with a loud reason.
 */
final class PostgresCluster {

	private final String version;

	private final String name;

	private final int port;

	private PostgresCluster(String version, String name, int port) {
		this.version = version;
		this.name = name;
		this.port = port;
	}

	/**
	 * @param property a system property holding "version/name", e.g. "15/main"
	 */
	static PostgresCluster fromProperty(String property, String fallback) throws IOException, InterruptedException {
		String[] cluster = System.getProperty(property, fallback).split("/");
		if (!Files.isExecutable(Path.of("/usr/bin/pg_ctlcluster"))) {
			skip("pg_ctlcluster is not installed (Debian package postgresql)");
		}
		for (String line : run(List.of("pg_lsclusters", "--no-header")).split("\n")) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length > 2 && columns[0].equals(cluster[0]) && columns[1].equals(cluster[1])) {
				return new PostgresCluster(cluster[0], cluster[1], Integer.parseInt(columns[2]));
			}
		}
		skip("no PostgreSQL cluster " + cluster[0] + "/" + cluster[1] + " (pg_lsclusters); set -D" + property);
		return null;
	}

	int port() {
		return this.port;
	}

	void start() throws IOException, InterruptedException {
		if (!run(List.of("pg_lsclusters", "--no-header", this.version, this.name)).contains("online")) {
			run(List.of("pg_ctlcluster", this.version, this.name, "start"));
		}
	}

	void stop() throws IOException, InterruptedException {
		run(List.of("pg_ctlcluster", this.version, this.name, "stop", "-m", "fast"));
	}

	/** A fresh database and its owner, through the postgres superuser's local socket. */
	void recreateDatabase(String database, String owner, String password) throws IOException, InterruptedException {
		List<String> psql = new ArrayList<>(List.of("runuser", "-u", "postgres", "--", "psql", "-p",
				String.valueOf(this.port), "-v", "ON_ERROR_STOP=1"));
		for (String statement : List.of("drop database if exists " + database, "drop role if exists " + owner,
				"create role " + owner + " login password '" + password + "'",
				"create database " + database + " owner " + owner)) {
			psql.add("-c");
			psql.add(statement);
		}
		run(psql);
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	private static void skip(String reason) {
		System.err.println("SKIPPING THE DATABASE OUTAGE SCENARIO: " + reason);
		Assumptions.abort(reason);
	}

}
