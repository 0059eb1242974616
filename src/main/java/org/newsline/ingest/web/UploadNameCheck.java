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
 * Reads an upload's parts before anything else asks for a parameter, so that a file name
 * the servlet container refuses (one holding a NUL character) ends in a message on the
 * imports page rather than in a server error. Any other trouble with the parts, such as
 * an upload over the size limit, is left to be reported as before.
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
			request.getParts();
		}
		catch (InvalidFileNameException ex) {
			FlashMap message = new FlashMap();
			message.put("uploadError", MESSAGE);
			message.setTargetRequestPath(request.getContextPath() + "/admin/imports");
			this.flash.saveOutputFlashMap(message, request, response);
			response.sendRedirect(request.getContextPath() + "/admin/imports");
			return;
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			// Over a size limit or cut short: the multipart resolver reports it as it
			// always has.
		}
		chain.doFilter(request, response);
	}

}
