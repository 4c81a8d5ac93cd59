package org.baclofen.reference.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain loopback socket, for what an ordinary client will not send: a
 * forged Host header, oversized headers, a body that never arrives. Each exchange closes
 * its connection.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Response(int status, List<String> headers, String body) {

		String header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.findFirst()
				.orElse(null);
		}

		List<String> headers(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.toList();
		}

	}

	/**
	 * Sends the request head (lines without the final blank line) and body, and reads the
	 * whole answer.
	 */
	static Response exchange(int port, List<String> head, String body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			StringBuilder request = new StringBuilder();
			head.forEach((line) -> request.append(line).append("\r\n"));
			byte[] bytes = (body == null) ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			if (body != null) {
				request.append("Content-Length: ").append(bytes.length).append("\r\n");
			}
			request.append("Connection: close\r\n\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(bytes);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = in.read(buffer)) != -1) {
			all.write(buffer, 0, read);
		}
		return all.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] lines = text.substring(0, (end < 0) ? text.length() : end).split("\r\n");
		List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		return new Response(status, headers, (end < 0) ? "" : text.substring(end + 4));
	}

}
