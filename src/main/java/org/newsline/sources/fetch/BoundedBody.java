package org.newsline.sources.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import org.jspecify.annotations.Nullable;

/**
 * Reads an answer's body as a stream, decoding {@code gzip} and {@code deflate}, and
 * stops at the size limit counted on the decoded bytes, so a small compressed body that
 * unpacks to gigabytes (a "gzip bomb") costs no more than the limit.
 */
final class BoundedBody {

	private static final int MAX_ENCODINGS = 2;

	private static final int CHUNK = 16 * 1024;

	private BoundedBody() {
	}

	/**
	 * The decoded body; refused when it is longer than {@code limit} bytes, when an
	 * encoding is unknown or broken, or when the deadline (read from {@code now}, in
	 * nanoseconds) passes while reading.
	 */
	static byte[] read(InputStream raw, @Nullable String contentEncoding, long limit, long deadline, LongSupplier now,
			String shown) throws IOException, FetchRefused {
		List<String> encodings = encodings(contentEncoding, shown);
		InputStream in = raw;
		for (int i = encodings.size() - 1; i >= 0; i--) {
			in = decoder(in, encodings.get(i), shown);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, CHUNK * 4));
		byte[] buffer = new byte[CHUNK];
		long total = 0;
		try {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				total += read;
				if (total > limit) {
					throw new FetchRefused(shown + " refused: the body is larger than the limit of "
							+ String.format(Locale.ROOT, "%,d", limit) + " bytes"
							+ (encodings.isEmpty() ? "" : " once decompressed (" + String.join(", ", encodings) + ")")
							+ "; reading stopped there");
				}
				if (now.getAsLong() - deadline > 0) {
					throw new DeadlinePassed();
				}
				out.write(buffer, 0, read);
			}
		}
		catch (ZipException ex) {
			throw new FetchRefused(shown + " refused: its compressed body is broken (" + ex.getMessage() + ")");
		}
		return out.toByteArray();
	}

	private static List<String> encodings(@Nullable String header, String shown) throws FetchRefused {
		List<String> encodings = new ArrayList<>();
		if (header == null) {
			return encodings;
		}
		for (String each : header.split(",")) {
			String encoding = each.strip().toLowerCase(Locale.ROOT);
			if (encoding.isEmpty() || encoding.equals("identity")) {
				continue;
			}
			if (!encoding.equals("gzip") && !encoding.equals("x-gzip") && !encoding.equals("deflate")) {
				throw new FetchRefused(shown + " refused: its body is compressed as '" + WebAddresses.shown(encoding)
						+ "', which Newsline does not read (only gzip and deflate)");
			}
			encodings.add(encoding);
		}
		if (encodings.size() > MAX_ENCODINGS) {
			throw new FetchRefused(shown + " refused: its body is compressed " + encodings.size()
					+ " times over; at most " + MAX_ENCODINGS + " layers are read");
		}
		return encodings;
	}

	private static InputStream decoder(InputStream in, String encoding, String shown) throws IOException, FetchRefused {
		if (encoding.equals("deflate")) {
			// "deflate" is meant to be zlib-wrapped; some servers send it raw
			PushbackInputStream peek = new PushbackInputStream(in, 1);
			int first = peek.read();
			if (first < 0) {
				return InputStream.nullInputStream();
			}
			peek.unread(first);
			boolean zlib = (first & 0x0F) == 8;
			return new InflaterInputStream(peek, new Inflater(!zlib), CHUNK);
		}
		try {
			return new GZIPInputStream(in, CHUNK);
		}
		catch (ZipException ex) {
			throw new FetchRefused(shown + " refused: its body says gzip but is not");
		}
	}

	/** Thrown when the time limit passes while the body is still arriving. */
	static final class DeadlinePassed extends IOException {

		DeadlinePassed() {
			super("the time limit passed", null);
		}

	}

}
