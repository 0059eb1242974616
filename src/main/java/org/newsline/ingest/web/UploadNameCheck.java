package org.newsline.ingest.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns a file name the servlet container refuses (one holding a NUL character) into a
 * message on the imports page rather than a server error. It wraps the security filters
 * without reading the upload itself, so the parts are first read by whoever needs them
 * once the request is authorized (the CSRF check), and a refused name surfaces here.
 */
class UploadNameCheck extends OncePerRequestFilter {

	static final String PATH = "/admin/imports/upload";

	static final String MESSAGE = "A file name holds a NUL character, which no file name may hold: "
			+ "rename the file and upload it again. Nothing was imported.";

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

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
		}
		catch (InvalidFileNameException ex) {
			refuse(request, response);
		}
		catch (ServletException ex) {
			if (!(ex.getRootCause() instanceof InvalidFileNameException)) {
				throw ex;
			}
			refuse(request, response);
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
