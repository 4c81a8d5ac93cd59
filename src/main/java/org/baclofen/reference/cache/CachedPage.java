package org.baclofen.reference.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered public page for one {@link PageVersion}, with its body compressed once
 * when it is stored, so readers asking for gzip never cost a compression.
 */
record CachedPage(PageVersion version, String contentType, Locale locale, byte[] body, byte[] gzipped) {

	/**
	 * Bytes held besides the bodies (key, headers, object overhead), a generous estimate.
	 */
	private static final int OVERHEAD = 512;

	static CachedPage of(PageVersion version, String contentType, Locale locale, byte[] body) {
		return new CachedPage(version, contentType, locale, body, gzip(body));
	}

	int weight() {
		return this.body.length + this.gzipped.length + OVERHEAD;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new BestGzipOutputStream(compressed)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	/**
	 * Each page is compressed once and served many times, so the smallest output is worth
	 * the time.
	 */
	private static final class BestGzipOutputStream extends GZIPOutputStream {

		BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
			super(out);
			this.def.setLevel(Deflater.BEST_COMPRESSION);
		}

	}

}
