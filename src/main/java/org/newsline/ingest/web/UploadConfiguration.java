package org.newsline.ingest.web;

import jakarta.servlet.MultipartConfigElement;
import org.newsline.ingest.IngestSettings;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Gives the upload route its own large multipart limit and keeps the small global one
 * everywhere else: the servlet container reads limits per servlet, so the upload path is
 * served by a second dispatcher over the same application context, whose multipart
 * configuration allows {@code newsline.import.max-upload-size}. Security rules and every
 * filter apply to it as to any other path, and the security filters read no multipart
 * body before the request is authorized.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadConfiguration {

	/** Just before Spring Security's filter chain, which runs at -100. */
	private static final int BEFORE_SECURITY = -101;

	@Bean
	ServletRegistrationBean<DispatcherServlet> uploadDispatcherServlet(WebApplicationContext context,
			IngestSettings settings) {
		DispatcherServlet dispatcher = new DispatcherServlet(context);
		ServletRegistrationBean<DispatcherServlet> registration = new ServletRegistrationBean<>(dispatcher,
				UploadNameCheck.PATH);
		registration.setName("uploadDispatcherServlet");
		registration.setLoadOnStartup(1);
		long max = settings.maxUploadSize().toBytes();
		registration.setMultipartConfig(new MultipartConfigElement("", max, max, 0));
		return registration;
	}

	@Bean
	FilterRegistrationBean<UploadNameCheck> uploadNameCheck(IngestSettings settings) {
		FilterRegistrationBean<UploadNameCheck> registration = new FilterRegistrationBean<>(
				new UploadNameCheck(settings.maxUploadSize().toBytes()));
		registration.addUrlPatterns(UploadNameCheck.PATH);
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

}
