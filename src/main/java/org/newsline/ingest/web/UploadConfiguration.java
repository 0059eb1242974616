package org.newsline.ingest.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the check of uploaded file names ahead of the security filters, whose CSRF
 * check is the first to read an upload's parts.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	/** Just before Spring Security's filter chain, which runs at -100. */
	private static final int BEFORE_SECURITY = -101;

	@Bean
	FilterRegistrationBean<UploadNameCheck> uploadNameCheck() {
		FilterRegistrationBean<UploadNameCheck> registration = new FilterRegistrationBean<>(new UploadNameCheck());
		registration.addUrlPatterns(UploadNameCheck.PATH);
		registration.setOrder(BEFORE_SECURITY);
		return registration;
	}

}
