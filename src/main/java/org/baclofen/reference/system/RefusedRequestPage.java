package org.baclofen.reference.system;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answer to a request refused before the application sees it, by Tomcat (a header
 * over the size limit, an illegal character in the address) or by Spring Security's
 * firewall (an encoded or doubled slash, a path that climbs out of itself): a short page
 * in the site's words with the security headers every other page carries, instead of a
 * server report or JSON without them.
 */
final class RefusedRequestPage {

	private RefusedRequestPage() {
	}

	/** The headers Spring Security writes on every page, as configured there. */
	static void writeSecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
		response.setHeader("Pragma", "no-cache");
		response.setHeader("Expires", "0");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
		}
	}

	/** Writes the whole answer: status, headers and page. */
	static void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		writeSecurityHeaders(request, response);
		response.setContentType("text/html");
		response.setCharacterEncoding("utf-8");
		Writer writer = response.getWriter();
		writer.write(html(status));
		writer.flush();
	}

	static String html(int status) {
		String heading = (status < 500) ? "We could not read that request" : "Something went wrong";
		String text = (status < 500) ? "The address or its headers were too long or malformed (status " + status + ")."
				: "The page could not be shown (status " + status + "). Please try again.";
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + heading
				+ " | Baclofen Reference</title></head><body><main><h1>" + heading + "</h1><p>" + text
				+ "</p><p><a href=\"/\">Go to the overview</a></p></main></body></html>";
	}

}
