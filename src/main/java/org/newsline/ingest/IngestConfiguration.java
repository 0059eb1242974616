package org.newsline.ingest;

import org.newsline.ingest.extract.ArticleExtractor;
import org.newsline.ingest.nlp.NlpPipeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the extraction pipeline; CoreNLP itself loads on the first article, not here.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	ArticleExtractor articleExtractor(NlpPipeline pipeline) {
		return new ArticleExtractor(pipeline);
	}

}
