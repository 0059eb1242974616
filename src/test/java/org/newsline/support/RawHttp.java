package org.newsline.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP written by hand on a socket, for what an ordinary client will not send: a forged
 * {@code Host} header, or a huge body streamed while watching when the server answers.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends the request head (lines without the final empty line) with no body and
	 * returns the whole response, head and body.
	 */
	public static String exchange(int port, String... headLines) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((String.join("\r\n", headLines) + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What happened to a large body: the status line the server answered with, how much
	 * of the body had been written when the answer came, and whether all of it was.
	 */
	public record Streamed(String statusLine, long writtenWhenAnswered, long total, boolean allWritten) {

		public int status() {
			return Integer.parseInt(this.statusLine.split(" ")[1]);
		}

	}

	/**
	 * Streams a multipart body of {@code bodyBytes} filler after the head, a chunk at a
	 * time, while reading the answer, and reports how much had been written by then.
	 */
	public static Streamed streamMultipart(int port, String method, String path, long bodyBytes, Duration limit) {
		String boundary = "newsline-raw-boundary";
		byte[] opening = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\""
				+ "\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] closing = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		long total = opening.length + bodyBytes + closing.length;
		String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + total
				+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n";
		AtomicLong written = new AtomicLong();
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout((int) limit.toMillis());
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			CompletableFuture<Boolean> writer = CompletableFuture.supplyAsync(() -> {
				try {
					out.write(opening);
					byte[] chunk = new byte[64 * 1024];
					java.util.Arrays.fill(chunk, (byte) 'x');
					long left = bodyBytes;
					while (left > 0) {
						int length = (int) Math.min(chunk.length, left);
						out.write(chunk, 0, length);
						written.addAndGet(length);
						left -= length;
					}
					out.write(closing);
					out.flush();
					return true;
				}
				catch (IOException ex) {
					return false;
				}
			});
			String statusLine = readLine(socket.getInputStream());
			long atAnswer = written.get();
			boolean all;
			try {
				all = writer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (Exception ex) {
				all = false;
			}
			return new Streamed(statusLine, atAnswer, bodyBytes, all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.US_ASCII);
	}

}
