package org.newsline.timeline.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names and describes the JSON API in its OpenAPI document at {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI newslineApi() {
		return new OpenAPI().info(new Info().title("Newsline API")
			.version("1")
			.description("Read-only JSON of the timeline: events, actors, claims, articles and the latest import. "
					+ "Lists are paged with page (from 0) and size (1 to 1000); errors are RFC 9457 problem documents.")
			.license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
	}

}
