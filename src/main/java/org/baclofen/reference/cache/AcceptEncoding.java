package org.baclofen.reference.cache;

/**
 * Reads a request's Accept-Encoding header (RFC 9110, 12.5.3) for the one coding the
 * cache stores.
 */
final class AcceptEncoding {

	private AcceptEncoding() {
	}

	/**
	 * True when the client accepts gzip: a "gzip" (or "x-gzip") coding whose weight is
	 * not zero.
	 */
	static boolean gzip(String header) {
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			if ((name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) && !zeroWeight(parts)) {
				return true;
			}
		}
		return false;
	}

	private static boolean zeroWeight(String[] parameters) {
		for (int i = 1; i < parameters.length; i++) {
			String parameter = parameters[i].strip();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2)) == 0;
				}
				catch (NumberFormatException ex) {
					return true;
				}
			}
		}
		return false;
	}

}
