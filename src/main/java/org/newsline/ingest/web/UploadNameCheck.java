package org.newsline.ingest.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns a file name the servlet container refuses (one holding a NUL character) into a
 * message on the imports page rather than a server error. It wraps the security filters
 * without reading the upload itself, so the parts are first read by whoever needs them
 * once the request is authorized (the CSRF check), and a refused name surfaces here.
 * <p>
 * An upload over the limit is refused from its declared length, before it is read; only
 * an admin gets that far, so the rest of it (up to twice the limit) is drained here, and
 * the browser gets the "too large" page instead of a reset connection.
 */
class UploadNameCheck extends OncePerRequestFilter {

	static final String PATH = "/admin/imports/upload";

	static final String MESSAGE = "A file name holds a NUL character, which no file name may hold: "
			+ "rename the file and upload it again. Nothing was imported.";

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	private final long drainLimit;

	UploadNameCheck(long maxUploadBytes) {
		this.drainLimit = 2 * maxUploadBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !("POST".equals(request.getMethod()) && contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
			if (response.getStatus() == HttpStatus.CONTENT_TOO_LARGE.value()) {
				drain(request);
			}
		}
		catch (InvalidFileNameException ex) {
			refuse(request, response);
		}
		catch (InvalidParameterException ex) {
			if (!(ex.getCause() instanceof SizeException)) {
				throw ex;
			}
			// The container refused the upload by its declared size while the CSRF check
			// asked for the token: only an admin gets that far.
			drain(request);
			if (!response.isCommitted()) {
				response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			}
		}
		catch (ServletException ex) {
			if (!(ex.getRootCause() instanceof InvalidFileNameException)) {
				throw ex;
			}
			refuse(request, response);
		}
	}

	private void drain(HttpServletRequest request) {
		try (InputStream body = request.getInputStream()) {
			body.skipNBytes(Math.min(this.drainLimit, Math.max(0, request.getContentLengthLong())));
		}
		catch (IOException | IllegalStateException ex) {
			// cut short or not readable: the connection closes as it would have anyway
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		FlashMap message = new FlashMap();
		message.put("uploadError", MESSAGE);
		message.setTargetRequestPath(request.getContextPath() + "/admin/imports");
		this.flash.saveOutputFlashMap(message, request, response);
		response.sendRedirect(request.getContextPath() + "/admin/imports");
	}

}
